/**
 * The regular expressions PHI detection uses, in one place so a test can check each one for
 * catastrophic backtracking (safety/screen/regexSafety.ts). Each is linear: no repeated group
 * holds an unbounded repeat, and word lists are plain alternatives.
 */
const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic';
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR';

export const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;

export const SSN_LABELLED =
  /(?:ssn|social security(?: number| no\.?| #)?|seguro social|n[uú]mero de seguro social)\s{0,3}[:#]?\s{0,3}(\p{Nd}{3}[- ]?\p{Nd}{2}[- ]?\p{Nd}{4})/giu;
export const SSN_SHAPE = /(?<![\p{N}\p{L}])\p{Nd}{3}[- ]\p{Nd}{2}[- ]\p{Nd}{4}(?![\p{N}\p{L}])/gu;

export const MRN_LABEL =
  /(?:mrn|medical record(?: number| no\.?| #)?|record (?:number|no\.?|#)|chart (?:number|no\.?|#)|patient (?:id|number|no\.?|#)|hospital (?:number|no\.?|id)|member (?:id|number)|insurance (?:id|number)|policy (?:number|no\.?)|account (?:number|no\.?)|n[uú]mero de expediente|expediente|historia cl[ií]nica|病历号|住院号|病案号|病历编号|병록번호|등록번호|환자번호|رقم الملف|رقم المريض|số hồ sơ|mã bệnh nhân|mã số bệnh nhân)\s{0,3}[:#：]?\s{0,3}/giu;
export const ID_TOKEN = /[\p{L}\p{N}-]{3,24}/uy;

/** Default shape of a medical record number without a label: a short letter prefix and 6 to 10 digits. */
export const DEFAULT_MRN = /(?<![\p{L}\p{N}])[A-Z]{1,3}-?\p{Nd}{6,10}(?![\p{L}\p{N}])/gu;

export const DOB_LABEL =
  /(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born on|born|fecha de nacimiento|f\. de nacimiento|nac[ií] el|nacido el|nacida el|cumpleaños|ngày sinh|sinh ngày|出生日期|出生于|出生在|生日|생년월일|생일|تاريخ الميلاد|تاريخ ميلادي|مواليد)\s{0,3}[:：]?\s{0,3}(?:is |on |es |el |là |was )?/giu;
export const DATE_NUMERIC = /\p{Nd}{1,4}[/.\-年년]\s?\p{Nd}{1,2}[/.\-月월]\s?\p{Nd}{1,4}[日일]?/uy;
export const DATE_MONTH_FIRST = new RegExp(
  `(?:${MONTHS})[a-z]{0,6}\\.?\\s{1,3}\\p{Nd}{1,2}(?:st|nd|rd|th)?,?\\s{1,3}\\p{Nd}{4}`,
  'iuy',
);
export const DATE_DAY_FIRST = new RegExp(
  `\\p{Nd}{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:de\\s{1,3})?(?:${MONTHS})[a-z]{0,6}\\.?,?\\s{1,3}(?:de\\s{1,3})?\\p{Nd}{4}`,
  'iuy',
);
export const DATE_VIETNAMESE =
  /(?:ngày\s{1,3})?\p{Nd}{1,2}\s{1,3}tháng\s{1,3}\p{Nd}{1,2}\s{1,3}năm\s{1,3}\p{Nd}{4}/iuy;

export const ADDRESS_EN =
  /(?<![\p{L}\p{N}])\p{Nd}{1,6}[A-Za-z]?\s{1,3}(?:[NSEW]\.?\s{1,3}|north\s|south\s|east\s|west\s)?(?:[\p{L}'.]{1,30}\s{1,3}){0,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|circle|cir|parkway|pkwy|highway|hwy|terrace|ter|trail|trl)(?![\p{L}])\.?/giu;
export const ADDRESS_ES =
  /(?<![\p{L}])(?:calle|avenida|av\.|avda\.?|carrera|cra\.?|camino|callej[oó]n|bulevar|paseo|privada|cerrada)\s{1,3}(?:[\p{L}\p{N}'.]{1,30}\s{1,3}){0,4}?(?:#\s?|n[uú]m(?:ero|\.)?\s{0,2}|no\.?\s{0,2})?\p{Nd}{1,6}[A-Za-z]?/giu;
export const ADDRESS_UNIT =
  /\s{0,3},?\s{0,3}(?:apt|apartment|unit|suite|ste|#|depto|departamento|interior|int\.)\.?\s{0,3}#?[\p{L}\p{N}-]{1,8}/iuy;
export const ADDRESS_CITY_STATE = new RegExp(
  `,?\\s{1,3}[\\p{L} .]{2,30},\\s{0,3}(?:${STATES})(?![\\p{L}])(?:\\s{1,3}\\p{Nd}{5}(?:-\\p{Nd}{4})?)?`,
  'uy',
);
export const ADDRESS_VI =
  /(?:số\s{1,3})?\p{Nd}{1,5}[/\p{Nd}A-Za-z]{0,6}\s{1,3}(?:đường|phố|ngõ|hẻm|kiệt)(?:\s{1,3}[\p{L}]{1,15}){1,4}/giu;
export const ADDRESS_ZH =
  /[\p{Script=Han}]{1,10}(?:路|街|道|巷|大道|胡同)\p{Nd}{1,5}(?:号|號)(?:\p{Nd}{1,4}(?:室|号楼|楼))?/gu;
export const ADDRESS_KO =
  /[\p{Script=Hangul}\p{Nd}]{2,10}(?:대로|로|길)\s?\p{Nd}{1,5}(?:-\p{Nd}{1,4})?(?=[\s,.]|번지|번|호|$)/gu;
export const ADDRESS_AR = /(?:شارع|طريق)(?:\s{1,3}[\p{Script=Arabic}\p{Nd}]{1,20}){1,3}/gu;

export const ZIP_LABELLED =
  /(?:zip(?:\s?code)?|postal code|c[oó]digo postal|c\.p\.|우편번호|邮编|mã bưu chính|الرمز البريدي)\s{0,3}[:#]?\s{0,3}(\p{Nd}{5}(?:-\p{Nd}{4})?)/giu;
export const ZIP_AFTER_STATE = new RegExp(
  `(?<![\\p{L}])(?:${STATES})\\s{1,3}(\\p{Nd}{5}(?:-\\p{Nd}{4})?)(?![\\p{N}])`,
  'gu',
);

export const NAME_WORD = /[\p{L}][\p{L}'’.-]{0,30}/uy;
export const TITLE = /(?<![\p{L}])(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta|don|doña|dona)\.?\s{1,3}/giu;
export const CAPITALISED_RUN =
  /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}'’-]{1,20}(?:\s{1,2}[\p{Lu}][\p{Ll}'’-]{1,20}){1,2}(?![\p{L}])/gu;
export const CAPITALISED_WORD = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}]{1,20}(?![\p{L}])/gu;
export const LATIN_NAME_TRIGGER =
  /(?<![\p{L}])(?:my name is|my name's|my names|name is|name:|patient name:|patient:|this is|i am|i'm|im|call me|me llamo|mi nombre es|nombre:|se llama|soy|tên tôi là|tôi tên là|tôi tên|em tên là|em tên|tên em là|tên con là|con tên là|tên là|tên:|họ tên:|họ và tên:)\s{1,3}/giu;
export const HAN_NAME_TRIGGER =
  /(?:我叫|我的名字是|我名字叫|名字叫|名字是|姓名[:：]?|叫做|病人叫|患者叫)\s{0,2}/gu;
export const HAN_HONORIFIC = /(?:先生|女士|小姐|太太|老师|阿姨|大爷|医生|护士)/gu;
export const HANGUL_NAME_TRIGGER =
  /(?:제 이름은|내 이름은|저의 이름은|이름은|이름:|성함은|성함:|환자 이름은|저는)\s{0,2}/gu;
export const HANGUL_HONORIFIC = /(?<![\p{Script=Hangul}])([\p{Script=Hangul}]{2,4})\s?(?:씨|님)/gu;
export const ARABIC_NAME_TRIGGER =
  /(?:انا اسمي|أنا اسمي|اسمي|اسمه|اسمها|الاسم[:：]?|اسم المريض[:：]?|اسم المريضة[:：]?)\s{1,3}/gu;
export const ARABIC_WORD = /[\p{Script=Arabic}]{2,20}/uy;
export const HAN_RUN = /[\p{Script=Han}]{1,4}/uy;
export const HANGUL_RUN = /[\p{Script=Hangul}]{2,6}/uy;

export const PLACEHOLDER =
  /\[\s{0,3}(NAME|PHONE|EMAIL|SSN|MRN|DOB|ADDRESS|ZIP)\s{0,3}_\s{0,3}(\d{1,6})\s{0,3}\]/giu;

/** Every pattern above, for the backtracking check. */
export const PHI_PATTERNS: readonly RegExp[] = [
  EMAIL,
  SSN_LABELLED,
  SSN_SHAPE,
  MRN_LABEL,
  ID_TOKEN,
  DEFAULT_MRN,
  DOB_LABEL,
  DATE_NUMERIC,
  DATE_MONTH_FIRST,
  DATE_DAY_FIRST,
  DATE_VIETNAMESE,
  ADDRESS_EN,
  ADDRESS_ES,
  ADDRESS_UNIT,
  ADDRESS_CITY_STATE,
  ADDRESS_VI,
  ADDRESS_ZH,
  ADDRESS_KO,
  ADDRESS_AR,
  ZIP_LABELLED,
  ZIP_AFTER_STATE,
  NAME_WORD,
  TITLE,
  CAPITALISED_RUN,
  CAPITALISED_WORD,
  LATIN_NAME_TRIGGER,
  HAN_NAME_TRIGGER,
  HAN_HONORIFIC,
  HANGUL_NAME_TRIGGER,
  HANGUL_HONORIFIC,
  ARABIC_NAME_TRIGGER,
  ARABIC_WORD,
  HAN_RUN,
  HANGUL_RUN,
  PLACEHOLDER,
];
