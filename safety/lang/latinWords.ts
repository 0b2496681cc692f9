import type { Lang } from '../../client/shared/languages.js';

/**
 * Function words and everyday patient words that tell English, Spanish and Vietnamese apart when
 * all three are typed in Latin letters (Vietnamese often without its diacritics). Words shared
 * between two of the languages ("no", "me", "con", "can") are left out: they would vote twice.
 * Lists are written unaccented, because the detector strips diacritics before looking words up.
 */
export const LATIN_WORDS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  en: [
    'i', 'im', 'ive', 'id', 'my', 'you', 'your', 'the', 'an', 'is', 'are', 'was', 'were', 'it', 'its', 'and', 'of',
    'to', 'in', 'on', 'for', 'with', 'have', 'has', 'had', 'does', 'did', 'cant', 'dont', 'doesnt', 'didnt', 'wont',
    'what', 'how', 'when', 'why', 'where', 'should', 'could', 'would', 'after', 'this', 'that', 'he', 'she', 'his',
    'her', 'him', 'they', 'we', 'our', 'be', 'been', 'not', 'just', 'about', 'will', 'take', 'took', 'get', 'got',
    'help', 'please', 'hurts', 'hurt', 'pain', 'feel', 'feeling', 'like', 'out', 'up', 'at', 'from', 'there',
    'can', 'much', 'many', 'some', 'any', 'really', 'very', 'so', 'but', 'if', 'or', 'all', 'mom', 'dad', 'wife',
    'husband', 'baby', 'son', 'daughter', 'chest', 'breathe', 'breath', 'head', 'stomach', 'surgery',
    'today', 'yesterday', 'night', 'morning', 'still', 'know', 'think', 'want', 'need', 'going', 'gonna', 'wanna',
    'thanks', 'thank', 'hi', 'hello', 'okay', 'ok', 'yes', 'u', 'ur', 'pls', 'plz', 'medicine', 'pills', 'meds',
  ],
  es: [
    'yo', 'mi', 'mis', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'de', 'del', 'que', 'y', 'en', 'es', 'esta',
    'estoy', 'estaba', 'tengo', 'tiene', 'tienen', 'se', 'por', 'para', 'pero', 'muy', 'mucho', 'mucha', 'duele',
    'dolor', 'puedo', 'puede', 'como', 'cuando', 'hola', 'ayuda', 'si', 'le', 'lo', 'su', 'sus', 'hay', 'ya', 'al',
    'fue', 'hijo', 'hija', 'mama', 'papa', 'bebe', 'esposo', 'esposa', 'medicina', 'pastillas', 'tomar',
    'tome', 'despues', 'hace', 'desde', 'mas', 'porque', 'quiero', 'siento', 'pecho', 'cabeza',
    'respirar', 'sangre', 'ayer', 'hoy', 'noche', 'manana', 'gracias', 'doctora', 'cirugia', 'operacion',
    'tambien', 'todo', 'nada', 'algo', 'cual', 'donde', 'necesito', 'puedes', 'usted', 'ella', 'ellos',
    'esto', 'eso', 'q', 'xq', 'pq', 'toy', 'tb', 'tmb', 'ahorita', 'ahora', 'sin', 'sobre', 'entre', 'hasta',
  ],
  vi: [
    'toi', 'tui', 'minh', 'khong', 'ko', 'hok', 'bi', 'cua', 'duoc', 'dc', 'roi', 'nhung', 'thi', 'nay', 'voi',
    'khi', 'truoc', 'thuoc', 'uong', 'nguc', 'met', 'sot', 'oi', 'nha', 'nhe', 'gi', 'sao', 'nhieu', 'nguoi',
    'chau', 'biet', 'muon', 'phai', 'xin', 'chao', 'benh', 'vien', 'bac', 'viec', 'trong', 'ngay', 'tuoi',
    'thang', 'tuan', 'lan', 'hay', 'vay', 'dang', 'cung', 'rat', 'qua', 'lam', 'dau', 'kho', 'tho', 'mau', 'chay',
    'giup', 'cam', 'hoi', 'nen', 'cach', 'chieu', 'hom', 'nao', 'ai',
    'chong', 'vo', 'ong', 'nhoc', 'luon', 'vui', 'xong', 'chua', 'gio',
  ],
};

/** Letters that only Vietnamese uses among our Latin-script languages (checked before stripping). */
export const VIETNAMESE_LETTERS = /[ăâđêôơưàèìòùảẻỉỏủỷãẽĩõũỹạẹịọụỵ\u1ea0-\u1ef9]/u;

/** Letters and marks that point to Spanish rather than English or Vietnamese. */
export const SPANISH_MARKS = /[ñ¿¡]/u;
