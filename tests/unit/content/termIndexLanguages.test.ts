import { describe, expect, test } from '@jest/globals';
import type { Lang } from '../../../client/shared/languages.js';
import { loadLexicon } from '../../../content/lexicon/load.js';
import { buildTermIndex, type TermIndex } from '../../../content/lexicon/termIndex.js';
import { projectPath } from '../../../server/paths.js';

/**
 * What a patient or a clinician writes, and the lexicon term the index must find in it.
 * Each row: [sentence, the entry's `term`, the words of the sentence that matched].
 * A clinician extends a language by adding rows; a row fails when an entry or alias goes missing.
 */
type Row = readonly [sentence: string, term: string, matched: string];

/** Sentences where a lexicon key sits inside an ordinary word and must not be reported. */
type Quiet = readonly [sentence: string, term: string];

const FOUND: Record<Exclude<Lang, 'en'>, readonly Row[]> = {
  es: [
    ['Tomar 1 comp VO c/8h durante 7 días.', 'VO', 'VO'],
    ['Tomar 1 comp VO c/8h durante 7 días.', 'c/8h', 'c/8h'],
    ['Paracetamol 1 g c/8 h si precisa.', 'c/8h', 'c/8 h'],
    ['Metamizol 575 mg SOS si dolor.', 'SOS', 'SOS'],
    ['Bisoprolol 2,5 mg 1-0-0.', '1-0-0', '1-0-0'],
    ['Acudir en ayunas para la analítica.', 'en ayunas', 'en ayunas'],
    ['Dieta absoluta desde las 00:00 h.', 'dieta absoluta', 'Dieta absoluta'],
    ['Paciente con HTA y DM2 en tratamiento con metformina.', 'HTA', 'HTA'],
    ['Paciente con HTA y DM2 en tratamiento con metformina.', 'DM2', 'DM2'],
    ['tengo hipertension desde hace años', 'hipertensión arterial', 'hipertension'],
    ['Acuda a urgencias si presenta disnea o dolor torácico.', 'disnea', 'disnea'],
    ['Refiere episodio de síncope sin pródromos.', 'síncope', 'síncope'],
    ['Presenta edemas en miembros inferiores.', 'edema', 'edemas'],
    ['Presenta edemas en miembros inferiores.', 'miembros inferiores', 'miembros inferiores'],
    ['Consulte si aparece hematuria o melenas.', 'hematuria', 'hematuria'],
    ['Consulte si aparece hematuria o melenas.', 'melenas', 'melenas'],
    ['Ingresa por reagudización de EPOC.', 'EPOC', 'EPOC'],
    ['Antecedente de IAM en 2019 y ACV isquémico.', 'IAM', 'IAM'],
    ['Antecedente de IAM en 2019 y ACV isquémico.', 'ACV', 'ACV'],
    ['Se diagnostica trombosis venosa profunda en pierna izquierda.', 'TVP', 'trombosis venosa profunda'],
    ['Infeccion urinaria tratada con fosfomicina.', 'ITU', 'Infeccion urinaria'],
    ['Enoxaparina 40 mg SC cada 24 horas.', 'SC', 'SC'],
    [
      'Se le ha realizado una colecistectomía laparoscópica.',
      'colecistectomía',
      'colecistectomía laparoscópica',
    ],
    [
      'Ha leído y firmado el consentimiento informado.',
      'consentimiento informado',
      'consentimiento informado',
    ],
    [
      'Puede revocar el consentimiento en cualquier momento.',
      'revocar el consentimiento',
      'revocar el consentimiento',
    ],
    ['El procedimiento se realizará bajo sedación.', 'sedación', 'sedación'],
    ['NAMC. Tratamiento habitual: AAS 100 mg.', 'NAMC', 'NAMC'],
  ],
  zh: [
    ['阿托伐他汀20mg qn口服', 'qn', 'qn'],
    ['阿托伐他汀20mg qn口服', '口服', '口服'],
    ['美托洛尔缓释片47.5mg bid', 'bid', 'bid'],
    ['手术前需禁食禁水8小时', '禁食', '禁食禁水'],
    ['既往高血压病史10年', '高血压', '高血压'],
    ['3年前发生急性心肌梗死，行PCI术', '急性心肌梗死', '急性心肌梗死'],
    ['3年前发生急性心肌梗死，行PCI术', '经皮冠状动脉介入治疗', 'PCI'],
    ['如出现胸痛、晕厥或黑便请立即就诊', '晕厥', '晕厥'],
    ['如出现胸痛、晕厥或黑便请立即就诊', '黑便', '黑便'],
    ['出院时神志清楚，纳差好转，二便正常', '纳差', '纳差'],
    ['出院时神志清楚，纳差好转，二便正常', '二便正常', '二便正常'],
    ['我爸爸有慢阻肺，最近喘得厉害', '慢性阻塞性肺疾病', '慢阻肺'],
    ['医生说我是房颤，要吃华法林', '心房颤动', '房颤'],
    ['医生说我是房颤，要吃华法林', '华法林', '华法林'],
    ['我妈妈心衰住院了', '心力衰竭', '心衰'],
    ['签署手术知情同意书', '知情同意书', '手术知情同意书'],
    ['术后如有不适随诊', '不适随诊', '如有不适随诊'],
    ['尿素氮偏高', '血尿素氮', '尿素氮'],
    ['我爸爸有高血壓，上個月中風了', '高血压', '高血壓'],
    ['我爸爸有高血壓，上個月中風了', '脑卒中', '中風'],
  ],
  vi: [
    ['Bệnh nhân có tiền sử tăng huyết áp và đái tháo đường típ 2.', 'tăng huyết áp', 'tăng huyết áp'],
    [
      'Bệnh nhân có tiền sử tăng huyết áp và đái tháo đường típ 2.',
      'đái tháo đường típ 2',
      'đái tháo đường típ 2',
    ],
    ['toi bi tang huyet ap, uong thuoc gi', 'tăng huyết áp', 'tang huyet ap'],
    ['Tiền sử THA, NMCT cách 2 năm.', 'THA', 'THA'],
    ['Tiền sử THA, NMCT cách 2 năm.', 'nhồi máu cơ tim', 'NMCT'],
    ['Chẩn đoán: suy tim, rung nhĩ.', 'rung nhĩ', 'rung nhĩ'],
    ['Furosemid 20mg tiêm TM.', 'TM', 'TM'],
    ['Bisoprolol 2,5mg ngày 1 lần, uống sau ăn.', 'ngày 1 lần', 'ngày 1 lần'],
    ['Bisoprolol 2,5mg ngày 1 lần, uống sau ăn.', 'uống sau ăn', 'uống sau ăn'],
    ['Nhịn ăn uống hoàn toàn từ 0 giờ.', 'nhịn ăn uống', 'Nhịn ăn uống hoàn toàn'],
    [
      'Nếu khó thở, đau ngực hoặc đi ngoài phân đen, đến ngay cơ sở y tế gần nhất.',
      'đi ngoài phân đen',
      'đi ngoài phân đen',
    ],
    [
      'Nếu khó thở, đau ngực hoặc đi ngoài phân đen, đến ngay cơ sở y tế gần nhất.',
      'đến ngay cơ sở y tế',
      'đến ngay cơ sở y tế gần nhất',
    ],
    ['Tái khám sau 2 tuần, cắt chỉ sau 7 ngày.', 'tái khám', 'Tái khám'],
    ['Tái khám sau 2 tuần, cắt chỉ sau 7 ngày.', 'cắt chỉ', 'cắt chỉ'],
    ['Tôi đã ký giấy cam đoan trước khi mổ nội soi.', 'cam kết đồng ý', 'giấy cam đoan'],
    ['Tôi đã ký giấy cam đoan trước khi mổ nội soi.', 'phẫu thuật nội soi', 'mổ nội soi'],
  ],
  // Korean and Chinese are matched by substring: the particle after a term (이, 으로, 을) stays outside.
  ko: [
    ['고혈압이 있어서 약을 먹어요', '고혈압', '고혈압'],
    ['아버지가 당뇨병으로 치료 중이에요', '당뇨병', '당뇨병'],
    ['심근경색으로 스텐트를 넣었어요', '급성 심근경색', '심근경색'],
    ['심근경색으로 스텐트를 넣었어요', '스텐트', '스텐트'],
    ['퇴원 진단: 심부전, 심방세동', '심방세동', '심방세동'],
    ['푸로세미드 40mg 1일 1회 아침 식후 복용하세요', '1일 1회', '1일 1회'],
    ['푸로세미드 40mg 1일 1회 아침 식후 복용하세요', '식후', '식후'],
    ['푸로세미드 40mg 1일 1회 아침 식후 복용하세요', '복용하세요', '복용하세요'],
    ['수술 전날 자정 이후 금식하세요', '자정 이후 금식하세요', '자정 이후 금식하세요'],
    ['검사 전에는 금식이 필요합니다', '금식', '금식'],
    ['흉통이나 실신이 있으면 응급실로 내원하세요', '흉통', '흉통'],
    ['흉통이나 실신이 있으면 응급실로 내원하세요', '실신', '실신'],
    ['흉통이나 실신이 있으면 응급실로 내원하세요', '응급실 내원', '응급실로 내원'],
    ['어제부터 흑색변을 봤어요', '흑색변', '흑색변'],
    ['호흡곤란과 하지 부종으로 입원하였습니다', '하지 부종', '하지 부종'],
    ['수술 동의서에 서명했어요', '설명 동의서', '수술 동의서'],
  ],
  // Arabic is matched by whole words, so a proclitic (و، ب، ل، ف) is part of the word: the lexicon
  // spells those forms out as aliases and the match includes the proclitic.
  ar: [
    ['لديه ارتفاع ضغط الدم منذ عشر سنوات', 'ارتفاع ضغط الدم', 'ارتفاع ضغط الدم'],
    ['مريض لديه ارتفاع ضغط الدم وداء السكري', 'داء السكري', 'وداء السكري'],
    ['أنا مصاب بالسكري منذ سنتين', 'داء السكري', 'بالسكري'],
    ['والدي أصيب بالجلطة الدماغية', 'السكتة الدماغية', 'بالجلطة الدماغية'],
    ['التشخيص: قصور القلب والرجفان الأذيني', 'الرجفان الأذيني', 'والرجفان الأذيني'],
    ['فوروسيميد 40 ملغ مرة واحدة يوميا عن طريق الفم', 'مرة واحدة يوميا', 'مرة واحدة يوميا'],
    ['فوروسيميد 40 ملغ مرة واحدة يوميًا عن طريق الفم', 'عن طريق الفم', 'عن طريق الفم'],
    ['يؤخذ مرتين يوميا بعد الأكل', 'مرتين يوميا', 'مرتين يوميا'],
    ['الامتناع عن الأكل والشرب بعد منتصف الليل', 'الامتناع عن الأكل والشرب', 'الامتناع عن الأكل والشرب'],
    ['إذا شعرت بضيق التنفس أو الإغماء فراجع الطوارئ', 'ضيق التنفس', 'بضيق التنفس'],
    ['إذا شعرت بضيق التنفس أو الإغماء فراجع الطوارئ', 'الإغماء', 'الإغماء'],
    ['إذا لاحظت البراز الأسود أو تقيؤ الدم', 'البراز الأسود', 'البراز الأسود'],
    ['إذا لاحظت البراز الأسود أو تقيؤ الدم', 'تقيؤ الدم', 'تقيؤ الدم'],
    ['عندي انيميا وتعب', 'فقر الدم', 'انيميا'],
    ['وقعت على الموافقة المستنيرة قبل العملية', 'الموافقة المستنيرة', 'الموافقة المستنيرة'],
    ['يمكنك سحب الموافقة في أي وقت', 'سحب الموافقة', 'سحب الموافقة'],
  ],
};

const QUIET: Record<Exclude<Lang, 'en'>, readonly Quiet[]> = {
  es: [
    ['Tiene la presión alta desde hace años.', 'alta hospitalaria'],
    ['Tome 3 veces al día.', 'QD'],
    ['Esta herida se cura sola.', 'curas'],
    ['¿Has tomado la pastilla?', 'HTA'],
    ['Nos vemos hta mañana.', 'HTA'],
    ['El mapa del hospital está en la entrada.', 'MAPA'],
    ['La ecografía muestra un quiste.', 'muestra biológica'],
  ],
  zh: [
    ['服用抗凝血药物期间注意出血', '凝血功能'],
    ['转到ICU继续治疗', '远处转移'],
    ['血尿素氮12 mmol/L', '血尿'],
    ['潜在的风险 (potential risk)', '短暂性脑缺血发作'],
    ['经输尿管镜取石', '导尿管'],
  ],
  vi: [
    ['Cách điều trị này phù hợp với tôi.', 'phù chân'],
    ['Anh ấy sốt ruột vì chờ lâu.', 'sốt cao'],
    ['Tôi làm lao động nặng nhọc.', 'lao phổi'],
    ['Mời bn vào phòng khám.', 'BN'],
    ['Xin tha thứ cho tôi.', 'THA'],
    ['Chụp tia X ngực.', 'TIA'],
  ],
  ko: [
    ['다음 주에 다시 오세요', '다음 다뇨'],
    ['코로나 검사 양성이 나왔어요', '양성 종양'],
    ['고혈압약을 먹고 있어요', '고혈압'],
    ['3일 전이었어요', '원격 전이'],
    ['정맥류가 있어요', '정맥주사'],
  ],
  ar: [
    ['لا تكسر القرص ولا تمضغه', 'كسر في العظم'],
    ['اتصل بالإسعاف فورا', 'قسم الطوارئ'],
    ['أشعر بألم في العظام', 'جراحة العظام'],
    ['قليل السكر في الشاي', 'داء السكري'],
  ],
};

/**
 * Abbreviations with more than one common meaning in that language's charts: the index must find them and the
 * entry must be marked ambiguous, so the simplifier flags them for the clinician instead of guessing.
 */
const AMBIGUOUS: readonly (readonly [lang: Exclude<Lang, 'en'>, sentence: string, term: string])[] = [
  ['es', 'Se solicita IC a Cardiología.', 'IC'],
  ['es', 'NAC 600 mg c/8h.', 'NAC'],
  ['es', 'PCR 12 mg/L.', 'PCR'],
  ['es', 'Paracetamol 1 g s/p.', 's/p'],
  ['vi', 'ĐTĐ: nhịp xoang đều.', 'ĐTĐ'],
  ['vi', 'Tiêm TB 1 ống.', 'TB'],
];

const indexes = new Map<Lang, TermIndex>();
function indexFor(lang: Lang): TermIndex {
  let index = indexes.get(lang);
  if (!index) {
    index = buildTermIndex(loadLexicon(projectPath('content', 'lexicon'), lang));
    indexes.set(lang, index);
  }
  return index;
}

describe.each(Object.keys(FOUND) as Exclude<Lang, 'en'>[])('the %s lexicon', (lang) => {
  const rows = FOUND[lang];
  test.each(rows)('finds it in "%s" as %s', (sentence, term, matched) => {
    const hits = indexFor(lang).find(sentence);
    expect(hits.map((h) => [h.entry.term, h.text])).toContainEqual([term, matched]);
  });

  test.each(QUIET[lang])('leaves "%s" without %s', (sentence, term) => {
    // The entry exists, so the row guards a real key rather than passing on a typo.
    expect(indexFor(lang).lookup(term)?.term).toBe(term);
    const hits = indexFor(lang).find(sentence);
    expect(hits.map((h) => h.entry.term)).not.toContain(term);
  });

  test('has at least ten sentences in this table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });
});

test.each(AMBIGUOUS)('flags %s "%s" as ambiguous (%s)', (lang, sentence, term) => {
  const hit = indexFor(lang)
    .find(sentence)
    .find((h) => h.entry.term === term);
  expect(hit?.entry.ambiguous).toBe(true);
});
