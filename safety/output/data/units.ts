/**
 * Units a dose, a measurement or a duration is written in, each spelling mapped to one canonical unit so "1-2 tabs"
 * and "1 to 2 tablets", "5 mL" and "5 milliliters", "39.1 C" and "39.1 °C" are the same fact. One table for every
 * language: a translated document keeps the same canonical facts as its source. Spellings are matched whole and
 * without regard to case; `exactCase` ones only as written (so "L" is a litre but "l" is not).
 */
export interface UnitRow {
  unit: string;
  /** dose: what a patient takes or a measurement; time: a duration; count: how many of something. */
  kind: 'dose' | 'time' | 'count';
  spellings: readonly string[];
  exactCase?: readonly string[];
}

export const UNITS: readonly UnitRow[] = [
  { unit: 'mg', kind: 'dose', spellings: ['mg', 'mgs', 'milligram', 'milligrams', 'miligramo', 'miligramos', '毫克', 'ملغ', 'ملغم', 'مغ', '밀리그램'] },
  { unit: 'mcg', kind: 'dose', spellings: ['mcg', 'µg', 'μg', 'ug', 'microgram', 'micrograms', 'microgramo', 'microgramos', '微克'] },
  { unit: 'g', kind: 'dose', spellings: ['g', 'gm', 'gram', 'grams', 'gramo', 'gramos', '克'] },
  { unit: 'kg', kind: 'dose', spellings: ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos', 'kilogramo', 'kilogramos', '公斤'] },
  { unit: 'mL', kind: 'dose', spellings: ['ml', 'mls', 'cc', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'mililitro', 'mililitros', '毫升', 'مل'] },
  { unit: 'L', kind: 'dose', spellings: ['liter', 'liters', 'litre', 'litres', 'litro', 'litros', '升'], exactCase: ['L'] },
  { unit: 'unit', kind: 'dose', spellings: ['unit', 'units', 'iu', 'international units', 'unidad', 'unidades', '单位', '단위'] },
  { unit: 'mEq', kind: 'dose', spellings: ['meq'] },
  { unit: 'mmol', kind: 'dose', spellings: ['mmol', 'mmol/l'] },
  { unit: 'mg/dL', kind: 'dose', spellings: ['mg/dl', 'mg / dl'] },
  { unit: 'mmHg', kind: 'dose', spellings: ['mmhg', 'mm hg'] },
  { unit: '%', kind: 'dose', spellings: ['%', 'percent', 'per cent', 'por ciento'] },
  { unit: '°C', kind: 'dose', spellings: ['°c', 'ºc', '° c', 'degrees c', 'degrees celsius', 'celsius', 'grados centígrados', 'grados celsius', 'grados c', '度'], exactCase: ['C'] },
  { unit: '°F', kind: 'dose', spellings: ['°f', 'ºf', '° f', 'degrees f', 'degrees fahrenheit', 'fahrenheit', 'grados fahrenheit', 'grados f'], exactCase: ['F'] },
  { unit: 'degree', kind: 'dose', spellings: ['degree', 'degrees', 'grado', 'grados'] },
  { unit: 'tablet', kind: 'dose', spellings: ['tab', 'tabs', 'tablet', 'tablets', 'tableta', 'tabletas', 'comprimido', 'comprimidos', 'pastilla', 'pastillas', '片', 'viên', '정', 'حبة', 'حبات', 'قرص', 'أقراص'] },
  { unit: 'capsule', kind: 'dose', spellings: ['cap', 'caps', 'capsule', 'capsules', 'cápsula', 'cápsulas', '粒', '胶囊', '캡슐', 'كبسولة', 'كبسولات'] },
  { unit: 'pill', kind: 'dose', spellings: ['pill', 'pills', 'píldora', 'píldoras'] },
  { unit: 'puff', kind: 'dose', spellings: ['puff', 'puffs', 'inhalation', 'inhalations', 'inhalación', 'inhalaciones', 'disparo', 'disparos'] },
  { unit: 'drop', kind: 'dose', spellings: ['drop', 'drops', 'gtt', 'gtts', 'gota', 'gotas', '滴', 'giọt', '방울'] },
  { unit: 'spray', kind: 'dose', spellings: ['spray', 'sprays', 'atomización', 'atomizaciones'] },
  { unit: 'patch', kind: 'dose', spellings: ['patch', 'patches', 'parche', 'parches'] },
  { unit: 'dose', kind: 'dose', spellings: ['dose', 'doses', 'dosis'] },
  { unit: 'injection', kind: 'dose', spellings: ['injection', 'injections', 'shot', 'shots', 'inyección', 'inyecciones'] },
  { unit: 'teaspoon', kind: 'dose', spellings: ['tsp', 'teaspoon', 'teaspoons', 'teaspoonful', 'cucharadita', 'cucharaditas'] },
  { unit: 'tablespoon', kind: 'dose', spellings: ['tbsp', 'tablespoon', 'tablespoons', 'cucharada', 'cucharadas'] },
  { unit: 'ounce', kind: 'dose', spellings: ['oz', 'ounce', 'ounces', 'onza', 'onzas'] },
  { unit: 'lb', kind: 'dose', spellings: ['lb', 'lbs', 'pound', 'pounds', 'libra', 'libras'] },
  { unit: 'cm', kind: 'dose', spellings: ['cm', 'centimeter', 'centimeters', 'centímetro', 'centímetros'] },
  { unit: 'mm', kind: 'dose', spellings: ['mm', 'millimeter', 'millimeters', 'milímetro', 'milímetros'] },
  { unit: 'inch', kind: 'dose', spellings: ['inch', 'inches', 'pulgada', 'pulgadas'] },
  { unit: 'glass', kind: 'count', spellings: ['glass', 'glasses', 'vaso', 'vasos', '杯'] },
  { unit: 'cup', kind: 'count', spellings: ['cup', 'cups', 'taza', 'tazas'] },
  { unit: 'bottle', kind: 'count', spellings: ['bottle', 'bottles', 'botella', 'botellas'] },
  { unit: 'time', kind: 'count', spellings: ['time', 'times', 'vez', 'veces', '次', 'lần', '회', '번', 'مرة', 'مرات'] },
  { unit: 'second', kind: 'time', spellings: ['sec', 'secs', 'second', 'seconds', 'segundo', 'segundos', '秒', '초'] },
  { unit: 'minute', kind: 'time', spellings: ['min', 'mins', 'minute', 'minutes', 'minuto', 'minutos', '分钟', 'phút', '분', 'دقيقة', 'دقائق'] },
  { unit: 'hour', kind: 'time', spellings: ['h', 'hr', 'hrs', 'hour', 'hours', 'hora', 'horas', '小时', 'giờ', '시간', 'ساعة', 'ساعات'] },
  { unit: 'day', kind: 'time', spellings: ['d', 'day', 'days', 'día', 'días', 'dia', 'dias', '天', 'ngày', '일', 'يوم', 'أيام'] },
  { unit: 'week', kind: 'time', spellings: ['wk', 'wks', 'week', 'weeks', 'semana', 'semanas', '周', '星期', 'tuần', '주', 'أسبوع', 'أسابيع'] },
  { unit: 'month', kind: 'time', spellings: ['mo', 'mos', 'month', 'months', 'mes', 'meses', '个月', 'tháng', '개월', 'شهر', 'أشهر'] },
  { unit: 'year', kind: 'time', spellings: ['yr', 'yrs', 'year', 'years', 'y/o', 'y.o.', 'yo', 'year old', 'years old', 'year-old', 'years-old', 'año', 'años', '年', 'năm', '년', 'سنة', 'سنوات'] },
];

/** Number words that stand for a digit before a unit ("two tablets" = "2 tablets"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, sixty: 60,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
  quince: 15, veinte: 20, treinta: 30,
};
