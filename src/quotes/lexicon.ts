// Word lists for quote attribution: reporting verbs, titles, role nouns. Written for briefcast.
import { OTHER_LANGUAGE_WORDS } from './languages/other-languages.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Finite forms of verbs that introduce or follow a quotation ("she said", "warned Patel").
 * Inspired by the kinds of lists in textacy, the SFU Gender Gap Tracker and CoreNLP, written afresh.
 */
export const REPORTING_VERBS = words(`
said says say told tells added adds asked asks warned warns insisted insists recalled recalls
wrote writes tweeted tweets posted posts chanted chant chants shouted shouts shout explained explains noted notes
stated states declared declares announced announces argued argues claimed claims continued continues
replied replies responded responds answered answers remarked remarks observed observes commented comments
conceded concedes admitted admits acknowledged acknowledges confirmed confirms denied denies suggested suggests
urged urges pleaded pleads begged begs cried cries yelled yells screamed screams whispered whispers
murmured murmurs muttered mutters sighed sighs laughed laughs joked jokes quipped quips boasted boasts
complained complains grumbled grumbles lamented laments protested protests objected objects retorted retorts
countered counters interjected interjects interrupted interrupts testified testifies recounted recounts
remembered remembers predicted predicts promised promises vowed vows pledged pledges threatened threatens
cautioned cautions stressed stresses emphasized emphasised emphasizes emphasises maintained maintains
contended contends asserted asserts alleged alleges demanded demands wondered wonders mused muses
reflected reflects agreed agrees disagreed disagrees concluded concludes texted emailed messaged blogged
sang sings roared roars thundered snapped snaps barked hissed sneered scoffed scoffs offered ventured
reported reports told pointed explained insisted reassured reminded reminds conceded summed shrugged
began begins interjected exclaimed exclaims gasped groaned pleaded
`);

/** Two-word reporting verbs ("chimed in", "shot back"). */
export const PHRASAL_REPORTING = ['chimed in', 'shot back', 'fired back', 'went on', 'cut in', 'piped up', 'pointed out', 'summed up', 'wrote back'];

/** Participles that attach a quote to the clause's subject or the previous speaker ("…, adding: “…”"). */
export const REPORTING_PARTICIPLES = words('adding saying noting insisting warning explaining continuing concluding replying writing telling asking');

/** Honorifics and titles that may precede a name (lower case, without dots). */
export const TITLE_HEADS = words(`
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father president minister chancellor
governor mayor senator sen rep representative judge justice general gen colonel col captain capt lieutenant
lt sergeant sgt officer detective inspector chief commissioner ambassador secretary speaker king queen prince
princess pope bishop archbishop rabbi imam coach councillor councilor councilwoman councilman premier
mp mep msp mla congressman congresswoman assemblyman assemblywoman
chairman chairwoman chair director superintendent deputy
`);

/** Words that can sit before a title head inside a capitalised title ("Foreign Minister", "Prime Minister"). */
export const TITLE_MODIFIERS = words(`
prime foreign defence defense finance economy interior transport health education justice home vice deputy
chief state first attorney police fire district supreme high labour labor environment energy trade culture
agriculture army navy air general lord grand acting former local opposition shadow
`);

/** Honorifics that say the gender. */
export const TITLE_GENDER: Record<string, 'male' | 'female'> = {
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male', councilman: 'male', chairman: 'male',
  mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female', queen: 'female', princess: 'female',
  councilwoman: 'female', chairwoman: 'female',
};

/** Nouns for people by role; with gender where the word itself says it. */
export const ROLE_NOUNS: Record<string, 'male' | 'female' | null> = Object.fromEntries([
  ...`person resident protester demonstrator activist student pupil teacher worker nurse doctor surgeon soldier
  trooper officer official spokesperson spokesman spokeswoman driver passenger commuter farmer fisherman pensioner
  retiree volunteer firefighter paramedic witness victim survivor voter shopper customer owner manager analyst
  economist diplomat lawyer attorney prosecutor judge juror neighbour neighbor friend colleague source aide adviser
  advisor expert researcher scientist engineer accountant banker trader investor critic director producer actor
  actress singer player fan parent mother father son daughter wife husband sister brother grandmother grandfather
  woman man girl boy child teenager youth veteran refugee migrant guard journalist reporter editor pilot
  mechanic welder miner baker shopkeeper waiter chef cleaner janitor resident patient doctor member leader
  organiser organizer campaigner councillor councilor mayor minister president governor someone somebody anyone
  staffer employee executive official onlooker bystander villager local passerby hotelier historian priest
  coach referee umpire grandmaster champion porter midwife carer caretaker cashier clerk courier labourer laborer plumber electrician builder carpenter
  farmhand shepherd fisherwoman housewife homeowner tenant landlord landlady commander sergeant lieutenant
  general colonel captain recruit conscript militant fighter rebel insurgent gunman policeman policewoman
  detective inspector ranger sailor marine medic therapist psychologist pharmacist dentist vet professor
  lecturer tutor headteacher principal graduate trainee apprentice intern entrepreneur founder chairman
  chairwoman consultant broker lender borrower tourist visitor traveller traveler pilgrim mourner relative
  cousin uncle aunt nephew niece grandson granddaughter pensioner protestor marcher striker picketer unionist
  delegate negotiator envoy ambassador senator lawmaker legislator MP deputy councilwoman councilman
  commentator columnist blogger influencer comedian artist musician writer novelist poet photographer
  filmmaker designer architect scientist biologist chemist physicist economist statistician pollster
  `.trim().split(/\s+/).map((w) => [w, null] as const),
]);
for (const w of ['spokeswoman', 'actress', 'mother', 'daughter', 'wife', 'sister', 'grandmother', 'woman', 'girl', 'waitress', 'aunt', 'niece', 'granddaughter', 'landlady', 'policewoman', 'fisherwoman', 'housewife', 'chairwoman', 'councilwoman'])
  ROLE_NOUNS[w] = 'female';
for (const w of ['spokesman', 'father', 'son', 'husband', 'brother', 'grandfather', 'man', 'boy', 'fisherman', 'uncle', 'nephew', 'grandson', 'landlord', 'policeman', 'chairman', 'councilman', 'gunman'])
  ROLE_NOUNS[w] = 'male';

/** Plural group nouns a "they" can refer to. */
export const GROUP_NOUNS = words(`
protesters demonstrators activists students pupils teachers workers nurses doctors soldiers troops officers
officials drivers passengers commuters farmers pensioners retirees volunteers firefighters residents villagers
voters shoppers customers owners managers analysts economists diplomats lawyers critics fans parents supporters
members campaigners crowds people locals employees staff neighbours neighbors families survivors witnesses
refugees migrants guards journalists reporters miners fishermen hoteliers children women men
`);

/** Capitalised words that start sentences or name things, never people. */
export const NOT_NAME_WORDS = words(`
the a an and but or if when while as at in on of for to from by with without after before since until
this that these those there here it its they their he she his her we our you your i my one two three
not no yes so then also still yet monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
asked speaking back near outside inside under earlier later late meanwhile however despite according
every each some many most few several all both either neither another other such what which who whom why how
`);

/** Words marking a capitalised sequence as an organisation, place or work rather than a person. */
export const ORG_WORDS = words(`
university college school secondary party coalition motors festival agency council bank institute research
today herald news times post journal association union ministry court street city company group inc ltd corp
department office committee commission government parliament hospital film studies club league federation
church airport station railway river lake mountain county state republic kingdom foundation trust fund
centre center museum theatre theater road square park press radio television tv broadcaster channel
`);

/** Pronouns and their gender/number. */
export const PRONOUNS: Record<string, { gender: 'male' | 'female' | null; plural: boolean }> = {
  he: { gender: 'male', plural: false },
  him: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  her: { gender: 'female', plural: false },
  they: { gender: null, plural: true },
  them: { gender: null, plural: true },
};

/** Adverbs that may sit between a speaker and the reporting verb ("he later said"). */
export const SPEAKER_ADVERBS = words('later also then again once finally quickly quietly simply only still now earlier previously recently dryly proudly');

// Until quote finding takes a language profile: German, French, Spanish, Italian and Portuguese words join the lists.
for (const w of OTHER_LANGUAGE_WORDS.verbs) REPORTING_VERBS.add(w);
for (const w of OTHER_LANGUAGE_WORDS.participles) REPORTING_PARTICIPLES.add(w);
PHRASAL_REPORTING.push(...OTHER_LANGUAGE_WORDS.phrasal);
for (const [w, info] of OTHER_LANGUAGE_WORDS.pronouns) PRONOUNS[w] ??= info;
for (const w of OTHER_LANGUAGE_WORDS.titles) TITLE_HEADS.add(w);
for (const [w, gender] of OTHER_LANGUAGE_WORDS.titleGender) TITLE_GENDER[w] ??= gender;
