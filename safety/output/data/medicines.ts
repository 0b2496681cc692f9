/**
 * Medicine names the validator recognises besides the lexicon's entries of category "medication": the stems of
 * the USAN/INN naming scheme (USAN Council, "Naming guidelines: stems"; WHO INN "The use of stems in the selection
 * of International Nonproprietary Names") and common names that no stem covers. A word must be at least
 * `MIN_STEM_WORD` letters long to count by its ending, and words in `NOT_MEDICINES` never count.
 */
export const DRUG_STEMS: readonly string[] = [
  'olol', 'alol', 'pril', 'prilat', 'sartan', 'statin', 'mab', 'ximab', 'zumab', 'umab', 'cillin', 'penem',
  'floxacin', 'oxacin', 'azole', 'conazole', 'prazole', 'dipine', 'tidine', 'oxetine', 'etine', 'triptan',
  'cycline', 'mycin', 'micin', 'vir', 'ovir', 'navir', 'parin', 'xaban', 'gatran', 'gliptin', 'gliflozin',
  'glitazone', 'glinide', 'semide', 'thiazide', 'afil', 'setron', 'azepam', 'zolam', 'codone', 'morphone',
  'profen', 'olone', 'asone', 'isone', 'terol', 'tropium', 'lukast', 'barbital', 'caine', 'tinib', 'platin',
  'rubicin', 'formin', 'glutide', 'dronate', 'fenac', 'oxicam', 'coxib', 'triptyline', 'pramine', 'peridone',
  'apine', 'azine', 'zodone', 'faxine', 'lamide', 'thromycin', 'trel', 'grel', 'dralazine', 'zosin', 'osin',
  'nidine', 'pidem',
];

export const MIN_STEM_WORD = 7;

/** The same stems as Spanish spells them (amoxicilina, omeprazol, atorvastatina, losartán…). */
export const DRUG_STEMS_ES: readonly string[] = [
  'cilina', 'floxacino', 'azol', 'prazol', 'micina', 'ciclina', 'statina', 'sartán', 'sartan', 'dipino', 'tidina', 'oxetina',
  'parina', 'triptán', 'profeno', 'codona', 'semida', 'tiazida', 'xabán', 'gliptina', 'gliflozina', 'terol', 'lukast',
  'olona', 'asona', 'isona', 'caína', 'formina', 'glutida', 'vir', 'mab', 'olol', 'pril', 'zepam', 'zolam', 'pina',
];

/** Common medicines in discharge papers whose names no stem above catches (generic and brand), lower case. */
export const COMMON_MEDICINES: readonly string[] = [
  'acetaminophen', 'paracetamol', 'ibuprofen', 'naproxen', 'aspirin', 'warfarin', 'coumadin', 'heparin', 'insulin',
  'metformin', 'prednisone', 'furosemide', 'lasix', 'tylenol', 'motrin', 'advil', 'aleve', 'plavix', 'clopidogrel',
  'eliquis', 'apixaban', 'xarelto', 'rivaroxaban', 'digoxin', 'amiodarone', 'nitroglycerin', 'morphine', 'oxycodone',
  'hydrocodone', 'tramadol', 'codeine', 'fentanyl', 'methadone', 'buprenorphine', 'naloxone', 'narcan', 'gabapentin',
  'pregabalin', 'levothyroxine', 'synthroid', 'albuterol', 'ventolin', 'montelukast', 'spironolactone', 'hydrochlorothiazide',
  'chlorthalidone', 'potassium', 'magnesium', 'calcium', 'iron', 'ferrous sulfate', 'vitamin d', 'folic acid', 'lactulose', 'senna', 'docusate',
  'polyethylene glycol', 'miralax', 'ondansetron', 'zofran', 'metoclopramide', 'diphenhydramine', 'benadryl', 'loratadine',
  'cetirizine', 'epinephrine', 'epipen', 'glucagon', 'lithium', 'sertraline', 'zoloft', 'trazodone', 'quetiapine',
  'haloperidol', 'lorazepam', 'ativan', 'diazepam', 'valium', 'clonazepam', 'zolpidem', 'melatonin', 'allopurinol',
  'colchicine', 'methotrexate', 'tamoxifen', 'enoxaparin', 'lovenox', 'dabigatran', 'hydralazine', 'isosorbide',
  'carvedilol', 'metoprolol', 'atenolol', 'propranolol', 'labetalol', 'lisinopril', 'losartan', 'amlodipine',
  'diltiazem', 'verapamil', 'clonidine', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'pravastatin', 'omeprazole',
  'pantoprazole', 'famotidine', 'sucralfate', 'amoxicillin', 'augmentin', 'clavulanate', 'azithromycin', 'zithromax',
  'doxycycline', 'cephalexin', 'keflex', 'ceftriaxone', 'cefdinir', 'ciprofloxacin', 'levofloxacin', 'nitrofurantoin',
  'macrobid', 'sulfamethoxazole', 'trimethoprim', 'bactrim', 'clindamycin', 'vancomycin', 'metronidazole', 'flagyl',
  'fluconazole', 'oseltamivir', 'tamiflu', 'valacyclovir', 'acyclovir', 'glipizide', 'glyburide', 'glimepiride',
  'sitagliptin', 'januvia', 'empagliflozin', 'jardiance', 'dapagliflozin', 'semaglutide', 'ozempic', 'liraglutide',
  'lantus', 'humalog', 'novolog', 'prednisolone', 'dexamethasone', 'methylprednisolone', 'hydrocortisone',
  'fluticasone', 'budesonide', 'tiotropium', 'spiriva', 'tamsulosin', 'flomax', 'finasteride', 'oxybutynin',
  'sildenafil', 'estradiol', 'medroxyprogesterone', 'levonorgestrel', 'misoprostol', 'oxytocin', 'lidocaine',
  'bupivacaine', 'propofol', 'midazolam', 'ketorolac', 'toradol', 'celecoxib', 'meloxicam', 'diclofenac',
  'cyclobenzaprine', 'methocarbamol', 'baclofen', 'tizanidine', 'sumatriptan', 'topiramate', 'levetiracetam',
  'keppra', 'phenytoin', 'valproate', 'carbamazepine', 'lamotrigine', 'donepezil', 'memantine', 'levodopa',
  'carbidopa', 'bisoprolol', 'nifedipine', 'entresto', 'sacubitril', 'valsartan', 'torsemide', 'bumetanide',
  'metolazone', 'potassium chloride', 'sodium bicarbonate', 'nicotine', 'varenicline', 'bupropion', 'naltrexone',
  'hydroxychloroquine', 'infliximab', 'adalimumab', 'humira', 'rituximab', 'cyclosporine', 'tacrolimus', 'mycophenolate',
  'paracetamol', 'ibuprofeno', 'metformina', 'furosemida', 'warfarina', 'insulina', 'prednisona', 'heparina', 'aspirina',
  'enalapril', 'bisoprolol', 'espironolactona', 'amoxicilina', 'clavulánico', 'clopidogrel', 'apixabán', 'hierro',
  'ceftazidime', 'cefazolin', 'piperacillin', 'tazobactam', 'meropenem', 'gentamicin', 'tobramycin', 'rifampin',
  'isoniazid', 'ivermectin', 'mupirocin', 'bacitracin', 'neosporin', 'hydroxyzine', 'promethazine', 'prochlorperazine',
  'scopolamine', 'simethicone', 'loperamide', 'imodium', 'bisacodyl', 'dulcolax', 'mesalamine', 'ursodiol',
  'alteplase', 'tenecteplase', 'ticagrelor', 'brilinta', 'prasugrel', 'ranolazine', 'sotalol', 'dofetilide', 'flecainide',
];

/** Words that end like a medicine stem but are not medicines (a stem counts only on words of MIN_STEM_WORD letters or more). */
export const NOT_MEDICINES: readonly string[] = [
  'cholesterol', 'magazine', 'medicine', 'medicines', 'medication', 'medications', 'gasoline', 'vaccine', 'vaccines',
];
