import type { Lang } from '../../../client/shared/languages.js';

/**
 * Warning signs and where to go for help: a rewrite that drops one has lost a fact, whatever words it used. Each
 * concept lists its phrasings per language as regular expressions (matched whole-word and case-insensitively for
 * alphabetic scripts, anywhere for Chinese and Korean). Sources for the signs: MedlinePlus "When to call the doctor"
 * sections and CDC/NIH patient pages (public domain). The lexicon's own plain words for a term that names one of
 * these (dyspnea → "shortness of breath") count as the same concept through the validator's glossary.
 */
export interface WarningConcept {
  id: string;
  phrases: Partial<Record<Lang, readonly string[]>>;
}

export const WARNING_CONCEPTS: readonly WarningConcept[] = [
  {
    id: 'call emergency number',
    phrases: {
      en: [
        'call 9-?1-?1',
        'dial 9-?1-?1',
        'call (?:an|for an) ambulance',
        'call emergency services',
        'call your local emergency number',
      ],
      es: [
        'llam[ea]r? al 9-?1-?1',
        'marque el 9-?1-?1',
        'llam[ea]r? a (?:una|la) ambulancia',
        'llam[ea]r? a (?:los )?servicios de emergencia',
      ],
      zh: ['拨打\\s?(?:911|120|999)', '打\\s?(?:911|120)', '叫救护车'],
      vi: ['gọi (?:số )?(?:911|115)', 'gọi cấp cứu', 'gọi xe cứu thương'],
      ko: ['(?:911|119)(?:에|로|번으로)?\\s?전화', '구급차(?:를)? 부르'],
      ar: ['اتصل ب(?:ـ|ال)?\\s?(?:الرقم )?(?:911|997|999|123)', 'اطلب الإسعاف', 'اتصل بالإسعاف'],
    },
  },
  {
    id: 'emergency department',
    phrases: {
      en: [
        'emergency (?:department|room|dept\\.?|services?|care)',
        'nearest emergency',
        'e\\.r\\.',
        'ER',
        'ED',
      ],
      es: ['(?:sala|servicio|departamento) de (?:emergencias?|urgencias?)', 'urgencias', 'emergencias'],
      zh: ['急诊'],
      vi: ['phòng cấp cứu', 'khoa cấp cứu'],
      ko: ['응급실'],
      ar: ['(?:قسم|غرفة) (?:ال)?طوارئ', 'الطوارئ'],
    },
  },
  {
    id: 'call your care team',
    phrases: {
      en: [
        '(?:call|contact|notify|tell|phone|page)\\s+(?:your|the|a|our)?\\s*(?:doctor|physician|provider|surgeon|nurse|care team|clinic|office|health ?care provider|primary care|pcp|cardiologist|oncologist|obstetrician|midwife|team)s?',
        'call us',
      ],
      es: [
        '(?:llame|llamar|comuníquese|avise|contacte)\\s+(?:a|con)\\s+(?:su|el|la|nuestro|nuestra)?\\s*(?:médic[oa]|doctor[a]?|proveedor|enfermer[oa]|cirujan[oa]|clínica|consultorio|equipo)',
      ],
      zh: ['联系(?:您的)?医生', '打电话给(?:您的)?医生', '告诉(?:您的)?医生'],
      vi: ['gọi (?:cho )?bác sĩ', 'liên hệ (?:với )?bác sĩ', 'báo (?:cho )?bác sĩ'],
      ko: ['의사(?:에게|와)? (?:연락|전화|알리)', '병원에 연락'],
      ar: ['اتصل بطبيبك', 'تواصل مع طبيبك', 'أخبر طبيبك', 'اتصل بالطبيب'],
    },
  },
  {
    id: 'chest pain',
    phrases: {
      en: ['chest (?:pain|pressure|tightness|discomfort)', 'pain (?:in|of) (?:your|the) chest', 'angina'],
      es: ['dolor (?:de|en el) pecho', 'presión en el pecho', 'opresión en el pecho', 'dolor torácico'],
      zh: ['胸痛', '胸口痛', '胸闷', '胸部疼痛'],
      vi: ['đau ngực', 'tức ngực'],
      ko: ['가슴 ?통증', '흉통', '가슴이 아프', '가슴 ?답답'],
      ar: ['ألم في الصدر', 'ألم الصدر', 'ضيق في الصدر'],
    },
  },
  {
    id: 'trouble breathing',
    phrases: {
      en: [
        'short(?:ness)? of breath',
        '(?:trouble|difficulty|problems?) (?:with |in )?breathing',
        'hard (?:time )?(?:to )?breath(?:e|ing)',
        "can(?:no|')t breathe",
        'cannot catch your breath',
        'breathless(?:ness)?',
        'dyspnea',
        'SOB',
      ],
      es: [
        'falta de (?:aire|aliento)',
        'dificultad (?:para|al) respirar',
        'le cuesta respirar',
        'no puede respirar',
        'ahogo',
        'disnea',
      ],
      zh: ['呼吸困难', '气短', '气促', '呼吸急促', '喘不过气'],
      vi: ['khó thở', 'hụt hơi', 'thở gấp'],
      ko: ['숨 ?가쁨', '숨이 차', '호흡 ?곤란', '숨쉬기 ?(?:힘들|어렵)'],
      ar: ['ضيق (?:في )?التنفس', 'صعوبة (?:في )?التنفس', 'ضيق النفس'],
    },
  },
  {
    id: 'fever',
    phrases: {
      en: ['fevers?', 'febrile', 'temperature (?:above|over|of|higher than|greater than|more than)'],
      es: ['fiebre', 'temperatura (?:mayor|superior|de más|por encima)'],
      zh: ['发烧', '发热'],
      vi: ['sốt'],
      ko: ['열이 (?:나|있)', '발열', '고열'],
      ar: ['حمى', 'حرارة'],
    },
  },
  {
    id: 'bleeding',
    phrases: {
      en: [
        'bleeding',
        'bleeds?',
        'h(?:a)?emorrhag(?:e|ing)',
        'blood loss',
        'blood in (?:your |the )?(?:stools?|urine|vomit|spit|sputum)',
        'bloody (?:stools?|urine|vomit)',
        '(?:black|tarry),? (?:tarry )?stools?',
        'coughing up blood',
        'vomiting blood',
        'throwing up blood',
      ],
      es: [
        'sangrado',
        'sangra',
        'hemorragia',
        'sangre en (?:las heces|la orina|el vómito)',
        'heces negras',
        'vomitar sangre',
        'toser sangre',
      ],
      zh: ['出血', '流血', '便血', '尿血', '咳血'],
      vi: ['chảy máu', 'xuất huyết', 'đi ngoài ra máu', 'ho ra máu'],
      ko: ['출혈', '피가 (?:나|섞)', '혈변', '혈뇨'],
      ar: ['نزيف', 'نزف', 'دم في البراز', 'دم في البول'],
    },
  },
  {
    id: 'confusion',
    phrases: {
      en: ['confusion', 'confused', 'disoriented', 'altered mental status', 'not thinking clearly'],
      es: ['confusión', 'confundid[oa]', 'desorientad[oa]'],
      zh: ['意识模糊', '神志不清', '糊涂'],
      vi: ['lú lẫn', 'mất phương hướng'],
      ko: ['혼란', '의식 ?저하', '정신이 혼미'],
      ar: ['ارتباك', 'تشوش', 'اضطراب الوعي'],
    },
  },
  {
    id: 'fainting',
    phrases: {
      en: [
        'faint(?:ing|s|ed)?',
        'pass(?:ing|ed)? out',
        'syncope',
        'los(?:s|e|ing) (?:of )?consciousness',
        'unconscious',
        'unresponsive',
      ],
      es: [
        'desmay(?:o|os|arse|a|e)',
        'pérdida (?:del|de) conocimiento',
        'perder el conocimiento',
        'inconsciente',
      ],
      zh: ['晕倒', '昏倒', '晕厥', '昏迷', '失去知觉'],
      vi: ['ngất', 'bất tỉnh'],
      ko: ['실신', '기절', '의식을 잃'],
      ar: ['إغماء', 'فقدان الوعي', 'أغمي'],
    },
  },
  {
    id: 'seizure',
    phrases: {
      en: ['seizures?', 'convulsions?'],
      es: ['convulsi(?:ón|ones)', 'ataques? epilépticos?'],
      zh: ['抽搐', '癫痫发作'],
      vi: ['co giật'],
      ko: ['경련', '발작'],
      ar: ['تشنج(?:ات)?', 'نوبة صرع'],
    },
  },
  {
    id: 'stroke signs',
    phrases: {
      en: [
        'slurred speech',
        '(?:trouble|difficulty) (?:speaking|talking)',
        'face (?:drooping|droop)',
        'facial droop',
        '(?:sudden )?(?:weakness|numbness) (?:on|of) one side',
        'stroke',
      ],
      es: [
        'habla arrastrada',
        'dificultad para hablar',
        'cara caída',
        'derrame cerebral',
        'accidente cerebrovascular',
      ],
      zh: ['说话不清', '口齿不清', '中风', '脸部下垂'],
      vi: ['nói ngọng', 'nói khó', 'đột quỵ', 'méo miệng'],
      ko: ['말이 어눌', '뇌졸중', '얼굴 ?처짐'],
      ar: ['تلعثم', 'صعوبة في الكلام', 'سكتة دماغية', 'تدلي الوجه'],
    },
  },
  {
    id: 'severe pain',
    phrases: {
      en: [
        'severe (?:\\w+ )?(?:pain|headache|belly pain|stomach pain|abdominal pain)',
        'worst headache',
        'pain (?:that )?(?:gets|is getting) worse',
        'worsening pain',
        'pain (?:that is )?not (?:relieved|helped|controlled)',
      ],
      es: ['dolor (?:intenso|fuerte|severo)', 'dolor de cabeza (?:intenso|muy fuerte)', 'dolor que empeora'],
      zh: ['剧烈疼痛', '剧痛', '疼痛加重'],
      vi: ['đau dữ dội', 'đau nặng', 'đau tăng'],
      ko: ['심한 ?통증', '극심한 ?통증', '통증이 심해'],
      ar: ['ألم شديد', 'ألم حاد'],
    },
  },
  {
    id: 'vomiting',
    phrases: {
      en: [
        'vomit(?:ing|s)?',
        'throwing up',
        'throw up',
        'emesis',
        "(?:unable|not able|cannot|can't|inability) to (?:keep|hold) (?:any )?(?:food|fluids|liquids|anything) down",
      ],
      es: ['vómitos?', 'vomitar', 'vomita'],
      zh: ['呕吐'],
      vi: ['nôn', 'ói'],
      ko: ['구토', '토하'],
      ar: ['قيء', 'تقيؤ', 'استفراغ'],
    },
  },
  {
    id: 'cannot eat or drink',
    phrases: {
      en: [
        "(?:unable|not able|cannot|can't|inability) to (?:eat or drink|tolerate (?:oral intake|food|fluids|liquids|eating or drinking))",
      ],
      es: ['no (?:puede|poder) (?:comer ni beber|tolerar (?:la )?(?:comida|vía oral|líquidos))'],
    },
  },
  {
    id: 'swelling',
    phrases: {
      en: ['swelling', 'swollen', 'edema'],
      es: ['hinchazón', 'hinchad[oa]s?', 'edema'],
      zh: ['肿胀', '水肿', '浮肿'],
      vi: ['sưng', 'phù'],
      ko: ['붓기', '부종', '부어'],
      ar: ['تورم', 'انتفاخ', 'وذمة'],
    },
  },
  {
    id: 'infection signs',
    phrases: {
      en: [
        'redness',
        'red streaks?',
        'warmth',
        'pus',
        'drainage',
        'discharge (?:from|that smells)',
        'foul[- ]smelling',
        'wound (?:opening|opens|that opens)',
      ],
      es: ['enrojecimiento', 'pus', 'supuración', 'mal olor'],
      zh: ['红肿', '流脓'],
      vi: ['sưng đỏ', 'chảy mủ'],
      ko: ['고름', '발적'],
      ar: ['احمرار', 'صديد'],
    },
  },
  {
    id: 'allergic reaction',
    phrases: {
      en: [
        'allergic reactions?',
        'hives',
        'rash(?:es)?',
        'swelling of (?:the|your) (?:face|lips|tongue|throat)',
        'anaphyla(?:xis|ctic)',
        'itching',
      ],
      es: [
        'reacci(?:ón|ones) alérgicas?',
        'urticaria',
        'sarpullido',
        'erupci(?:ón|ones)',
        'picazón',
        'anafilaxia',
      ],
      zh: ['过敏反应', '皮疹', '荨麻疹'],
      vi: ['dị ứng', 'phát ban', 'nổi mề đay'],
      ko: ['알레르기 ?반응', '두드러기', '발진'],
      ar: ['حساسية', 'طفح', 'شرى'],
    },
  },
  {
    id: 'dizziness',
    phrases: {
      en: ['dizz(?:y|iness)', 'light-?headed(?:ness)?', 'vertigo'],
      es: ['mareos?', 'maread[oa]', 'vértigo'],
      zh: ['头晕', '眩晕'],
      vi: ['chóng mặt', 'hoa mắt'],
      ko: ['어지러', '현기증'],
      ar: ['دوخة', 'دوار'],
    },
  },
  {
    id: 'heartbeat',
    phrases: {
      en: [
        'palpitations?',
        '(?:racing|pounding|irregular|fast|rapid|skipping) (?:heart ?beat|heart|pulse)',
        'heart (?:racing|pounding)',
        'tachycardia',
      ],
      es: ['palpitaciones', 'latidos (?:rápidos|irregulares)', 'corazón acelerado', 'taquicardia'],
      zh: ['心悸', '心跳过快', '心跳不规则'],
      vi: ['tim đập nhanh', 'hồi hộp'],
      ko: ['두근거림', '심장이 빨리'],
      ar: ['خفقان', 'تسارع ضربات القلب'],
    },
  },
  {
    id: 'numbness or weakness',
    phrases: {
      en: ['numbness', 'numb', 'tingling', 'weakness', 'paralysis'],
      es: ['entumecimiento', 'hormigueo', 'debilidad', 'parálisis'],
      zh: ['麻木', '无力'],
      vi: ['tê', 'yếu'],
      ko: ['저림', '마비', '무력감'],
      ar: ['خدر', 'تنميل', 'ضعف'],
    },
  },
  {
    id: 'blood sugar',
    phrases: {
      en: [
        '(?:blood (?:sugar|glucose)|glucose|sugar) (?:above|over|below|under|less than|greater than|higher than|lower than|of)',
        '(?:low|high) blood (?:sugar|glucose)',
        'hypoglyc(?:a)?emia',
        'hyperglyc(?:a)?emia',
      ],
      es: [
        '(?:azúcar|glucosa) (?:en (?:la )?sangre )?(?:mayor|menor|por encima|por debajo|de más|de menos)',
        '(?:baja|alta) de azúcar',
        'hipoglucemia',
        'hiperglucemia',
        'azúcar (?:baja|alta)',
      ],
    },
  },
  {
    id: 'cannot urinate',
    phrases: {
      en: [
        "(?:unable|not able|cannot|can't|inability) to (?:urinate|pee|pass urine|empty your bladder)",
        'urinary retention',
      ],
      es: ['no (?:puede|poder) orinar', 'retención (?:de orina|urinaria)'],
    },
  },
  {
    id: 'self-harm',
    phrases: {
      en: [
        'suicid(?:e|al)',
        'thoughts of (?:harming|hurting|killing) yourself',
        'self-?harm',
        'harm yourself',
        'hurt yourself',
      ],
      es: ['suicid(?:io|arse|a)', 'hacerse daño', 'pensamientos de (?:hacerse daño|quitarse la vida)'],
      zh: ['自杀', '伤害自己'],
      vi: ['tự tử', 'tự làm hại'],
      ko: ['자살', '자해'],
      ar: ['انتحار', 'إيذاء النفس'],
    },
  },
  {
    id: 'risk',
    phrases: {
      en: [
        'risks?',
        'complications?',
        'side effects?',
        'adverse (?:effects?|reactions?|events?)',
        'death',
        'die',
        'damage to',
      ],
      es: [
        'riesgos?',
        'complicaci(?:ón|ones)',
        'efectos? (?:secundarios?|adversos?)',
        'muerte',
        'morir',
        'daño a',
      ],
      zh: ['风险', '并发症', '副作用', '死亡'],
      vi: ['rủi ro', 'nguy cơ', 'biến chứng', 'tác dụng phụ', 'tử vong'],
      ko: ['위험', '합병증', '부작용', '사망'],
      ar: ['مخاطر', 'خطر', 'مضاعفات', 'آثار جانبية', 'الوفاة'],
    },
  },
];

/** Phrases that are written in capitals and only count as written ("ER", "ED", "SOB"). */
export const WARNING_EXACT_CASE: ReadonlySet<string> = new Set(['ER', 'ED', 'SOB']);
