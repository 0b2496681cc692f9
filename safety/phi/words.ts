/**
 * Word lists the name and address detectors lean on. Capitalised words that are not names (so
 * "I'm Tired" or "Tylenol Extra" stay), common given names (so "my daughter Emma" is caught without
 * a "my name is"), street suffixes and US state codes. Written for patients' messages; extend freely.
 */
export const NOT_NAMES = new Set(
  `a about after again all also am an and any are as at be because been before being but by can cannot could did do does
  doing done down during each few for from further had has have having he her here hers him his how i if in into is it its
  just me more most my no nor not now of off on once only or other our out over own same she should so some such than that
  the their them then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yes yeah ok okay hi hello hey thanks thank please sorry dear doctor doc nurse
  sir madam team staff patient mom dad mother father son daughter wife husband baby brother sister grandma grandpa
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december today tomorrow yesterday morning night evening afternoon week month year
  tired fine good great bad sick worried scared afraid sad happy ready here there back home done sure not still pregnant
  diabetic allergic feeling having going trying taking calling writing asking wondering confused better worse new old
  emergency hospital clinic pharmacy er icu urgent care center medical health insurance medicare medicaid
  tylenol advil motrin aleve aspirin ibuprofen acetaminophen metformin insulin lisinopril eliquis xarelto warfarin plavix
  extra strength pm am mg ml covid flu heart chest blood pain surgery stroke cancer
  english spanish chinese vietnamese korean arabic american mexican
  street st avenue ave road rd drive dr lane ln boulevard blvd court ct way place pl apt suite unit
  god jesus lord christmas easter im ive id ill youre hes shes its thats theyre were dont cant wont didnt doesnt isnt
  hola buenos buenas gracias doctora señor señora mi mis el la los las un una por favor
  yo soy estoy tengo tiene es para con sin que como cuando donde hoy ayer mañana`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

export const GIVEN_NAMES = new Set(
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony donald steven
  paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
  stephen larry justin scott brandon benjamin samuel gregory alexander patrick raymond dennis tyler aaron jose adam nathan
  henry zachary douglas peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold
  dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent
  liam mason lucas oliver aiden jackson sebastian carter owen luke isaac hunter levi connor eli jayden
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly
  emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia dorothy amy kathleen angela
  shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn janet maria catherine
  heather diane olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan
  cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice judy isabella
  julia denise amber doris marilyn danielle beverly charlotte natalie theresa diana brittany kayla alexis lori ava mia
  harper ella chloe zoe lily aubrey addison natalia camila valentina luna
  carlos luis jorge miguel pedro alejandro fernando ricardo eduardo javier francisco manuel antonio rafael sergio roberto
  diego andres raul oscar hector ramon enrique alberto arturo jesus guadalupe rosa ana carmen lucia sofia elena paola
  gabriela daniela adriana veronica mariana alejandra fernanda ximena jimena lupita juana josefina
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly minh anh linh huong thao trang hanh lan mai hoa
  tuan hung dung thanh long nam quang khanh phuong ngoc
  kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon yang son bae baek
  ji-woo min-jun seo-yeon ha-eun do-yun
  mohammed muhammad ahmed ahmad ali omar hassan hussein khalid youssef yusuf ibrahim mahmoud mustafa abdullah karim tariq
  fatima aisha mariam maryam noor layla leila zainab huda amina salma yasmin rania hana
  wei fang li ming jing lei jun hui yan xiao ying hong ping jie tao`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

export const STREET_SUFFIXES = new Set(
  `street st avenue ave av road rd boulevard blvd drive dr lane ln way court ct place pl circle cir parkway pkwy highway hwy
  terrace ter trail trl square sq loop row alley pike plaza`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

export const UNIT_WORDS = new Set([
  'apt',
  'apartment',
  'unit',
  'suite',
  'ste',
  'room',
  'rm',
  'floor',
  'fl',
  'bldg',
  'building',
  '#',
]);

export const US_STATES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD
  TN TX UT VT VA WA WV WI WY DC PR`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
