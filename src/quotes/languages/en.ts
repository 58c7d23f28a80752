// English: quote marks, reporting verbs, pronouns, titles, particles and person nouns. Written for briefcast.
import { englishFirstName } from './first-names-en.js';
import type { Gender, LanguageProfile } from './types.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Regular verbs given by their base form: the -s and -ed forms (base forms are too often nouns: "a volunteer"). */
function regular(list: string): string[] {
  return list.trim().split(/\s+/).flatMap((v) => {
    if (v.endsWith('+')) {
      const b = v.slice(0, -1); // doubles its last consonant: admit → admitted
      return [`${b}s`, `${b}${b.at(-1)}ed`];
    }
    if (/[^aeiou]y$/.test(v)) return [`${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`];
    if (v.endsWith('e')) return [`${v}s`, `${v}d`];
    if (/(?:s|sh|ch|x|z)$/.test(v)) return [`${v}es`, `${v}ed`];
    return [`${v}s`, `${v}ed`];
  });
}

/**
 * Verbs that report speech or writing, in every finite form. Inspired by the kinds of lists in textacy,
 * the SFU Gender Gap Tracker and CoreNLP, written afresh; the frame `“…,” Name verbed.` accepts any verb too.
 */
const REPORTING = new Set([
  ...regular(`
    add warn insist recall explain note state declare announce argue claim continue reply respond answer remark
    observe comment concede admit+ acknowledge confirm deny suggest urge plead beg+ cry yell scream whisper murmur
    mutter sigh laugh joke quip+ boast complain grumble lament protest object retort counter interject interrupt testify
    recount remember predict promise vow pledge threaten caution stress emphasize emphasise maintain contend assert allege
    demand wonder muse reflect agree disagree conclude text email message blog+ roar thunder snap+ bark hiss sneer scoff
    offer venture report point reassure remind sum+ shrug exclaim gasp groan gush fume implore blurt confide enthuse
    rage rant marvel beam smile grin chuckle giggle sob wail moan whine bristle huff snort tweet post chant shout call
    ask tell+ write speak sing begin volunteer insist proclaim pronounce mention repeat echo reiterate clarify elaborate
    caution advise inform announce concur crow brag+ admit+ hint joke opine posit reason stammer stutter cheer coo
    purr growl grunt yelp squeal shriek holler bellow announce plead accept apologize apologise acknowledge
    describe dismiss label hail praise criticize criticise condemn denounce
  `),
  ...`said says told tells wrote writes written spoke speaks spoken sang sings sung began begins shot fired went cut
  piped summed chimed broke bit spat swore swears`.split(/\s+/),
  // Base forms for plural and first-person subjects ("they say", "critics argue").
  ...`say tell add insist warn claim argue explain agree admit maintain contend suggest predict recall write`.split(/\s+/),
]);
for (const w of ['points', 'pointed', 'offers', 'offered', 'objects', 'counters', 'sums', 'summed', 'rages', 'beams', 'snaps', 'remarks', 'echoes', 'shrugs', 'shrugged', 'smiles', 'grins', 'posts', 'texts', 'messages', 'emails', 'volunteers', 'volunteered', 'begs', 'reports', 'comments', 'answers', 'promises', 'protests', 'demands', 'jokes', 'counters', 'offers', 'calls']) REPORTING.delete(w);

/** Subject pronouns. */
const SUBJECT_PRONOUNS = {
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  they: { gender: null, plural: true },
} as const;

/** Person nouns: the role says nothing of gender unless listed below. */
const ROLE_NOUNS: Record<string, Gender | null> = Object.fromEntries(
  `person resident protester protestor demonstrator activist student pupil teacher worker nurse doctor surgeon soldier
  trooper officer official spokesperson driver passenger commuter farmer pensioner retiree volunteer firefighter paramedic
  witness victim survivor voter shopper customer owner manager analyst economist diplomat lawyer attorney prosecutor
  judge juror neighbour neighbor friend colleague source aide adviser advisor expert researcher scientist engineer
  accountant banker trader investor critic director producer actor singer player fan parent child teenager youth veteran
  refugee migrant guard journalist reporter editor pilot mechanic welder miner baker butcher shopkeeper waiter chef cook
  cleaner janitor patient member leader organiser organizer campaigner councillor councilor mayor minister president
  governor someone somebody staffer employee executive onlooker bystander villager local passerby hotelier historian
  priest coach referee umpire grandmaster champion porter midwife carer caretaker cashier clerk courier labourer laborer
  plumber electrician builder carpenter farmhand shepherd homeowner tenant commander sergeant lieutenant general colonel
  captain recruit conscript militant fighter rebel insurgent detective inspector ranger sailor marine medic therapist
  psychologist pharmacist dentist vet professor lecturer tutor headteacher principal graduate trainee apprentice intern
  entrepreneur founder consultant broker lender borrower tourist visitor traveller traveler pilgrim mourner relative
  cousin marcher striker picketer unionist delegate negotiator envoy ambassador senator lawmaker legislator deputy
  commentator columnist blogger influencer comedian artist musician writer novelist poet photographer filmmaker
  designer architect biologist chemist physicist statistician pollster skipper forecaster controller consultant
  reviewer junior senior sophomore freshman spectator supporter fellow stranger partner spouse sibling grandparent
  grandchild boss chairperson secretary treasurer trustee steward attendant dispatcher operator technician surveyor
  inspector auditor secretary candidate challenger incumbent organiser host guest diner patron regular caller
  reader listener viewer subscriber insider representative agent manager boss midfielder
  defender goalkeeper keeper winger forward substitute teammate skipper captain sous`.split(/\s+/).map((w) => [w, null]),
);
for (const w of `spokeswoman actress mother daughter wife sister grandmother woman girl waitress aunt niece granddaughter
  landlady policewoman fisherwoman housewife chairwoman councilwoman businesswoman congresswoman mum mom grandma nan
  nanny widow bride girlfriend lady headmistress sportswoman horsewoman stepmother stepdaughter`.split(/\s+/)) ROLE_NOUNS[w] = 'female';
for (const w of `spokesman father son husband brother grandfather man boy fisherman uncle nephew grandson landlord policeman
  chairman councilman gunman businessman congressman dad grandpa widower groom boyfriend gentleman headmaster sportsman
  horseman stepfather stepson lad`.split(/\s+/)) ROLE_NOUNS[w] = 'male';

/** Quote marks: curly, straight (either may close the other), guillemets, low-high, and the ASCII `` '' pairs. */
export const MARKS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '"'], '"': ['"', '”'], '„': ['“', '”'], '«': ['»'], '‹': ['›'], '‘': ['’', "'"], "'": ["'", '’'],
  '``': ["''", '”', '"'], "''": ["''", '”', '"'],
};

/** The English profile. */
export const english: LanguageProfile = {
  code: 'en',
  attributes: true,
  quotePairs: MARKS,
  reportingVerbs: REPORTING,
  hearerVerbs: words(`told tells tell asked asks ask urged urges reminded reminds reassured reassures informed informs
    thanked thanks begged begs implored implores promised promises assured assures pressed presses warned warns
    texted texts emailed emails messaged messages called calls interrupted interrupts described describes labelled
    labeled dismissed dismisses praised praises criticised criticized criticises criticizes hailed hails condemned
    condemns denounced denounces`),
  phrasalVerbs: ['chimed in', 'shot back', 'fired back', 'went on', 'cut in', 'piped up', 'pointed out', 'summed up', 'wrote back', 'blurted out', 'called out', 'cried out', 'spoke up', 'broke in', 'added that'],
  participles: words('adding saying noting insisting warning explaining continuing concluding replying writing telling asking declaring arguing recalling'),
  subjectPronouns: SUBJECT_PRONOUNS,
  genderedPossessives: { his: 'male', himself: 'male', her: 'female', hers: 'female', herself: 'female' },
  titles: words(`
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father pastor president minister chancellor
    governor gov mayor senator sen rep representative del delegate judge justice general gen colonel col captain capt
    lieutenant lt sergeant sgt officer detective det inspector insp chief commissioner ambassador secretary speaker
    king queen prince princess pope bishop archbishop rabbi imam coach councillor councilor cllr councilwoman councilman
    premier mp mep msp mla congressman congresswoman assemblyman assemblywoman assemblymember chairman chairwoman chair
    director superintendent supt deputy trustee alderman alderwoman administrator commander cmdr admiral adm major maj
    constable pc sheriff marshal attorney treasurer comptroller controller provost principal headteacher forecaster
    spokesman spokeswoman spokesperson chef
  `),
  titleModifiers: words(`
    prime foreign defence defense finance economy interior transport health education justice home vice deputy chief
    state first attorney police fire district supreme high labour labor environment energy trade culture agriculture
    army navy air general lord grand acting former local opposition shadow press fisheries fishing housing treasury
    interim executive managing associate assistant senior junior lieutenant white house us u.s eu un nato county city
    town village parish borough regional national federal head weather
  `),
  titleGender: {
    mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male', councilman: 'male', chairman: 'male',
    congressman: 'male', assemblyman: 'male', spokesman: 'male', alderman: 'male',
    mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female', queen: 'female', princess: 'female',
    councilwoman: 'female', chairwoman: 'female', congresswoman: 'female', assemblywoman: 'female', spokeswoman: 'female', alderwoman: 'female',
  },
  suffixes: words('jr jr. sr sr. ii iii iv v'),
  particles: words('de del della dei der den van von da das do dos di du la le los las ap ab bin bint ibn al el ter ten zu y í ó ní mac nic'),
  roleNouns: ROLE_NOUNS,
  groupNouns: words(`
    protesters demonstrators activists students pupils teachers workers nurses doctors soldiers troops officers officials
    drivers passengers commuters farmers pensioners retirees volunteers firefighters residents villagers voters shoppers
    customers owners managers analysts economists diplomats lawyers critics fans parents supporters members campaigners
    crowd crowds people locals employees staff neighbours neighbors families survivors witnesses refugees migrants guards
    journalists reporters miners fishermen hoteliers children women men strikers marchers pickets picketers players
    spectators onlookers mourners traders chanters protestors skippers investors readers
  `),
  notNames: words(`
    the a an and but or if when while as at in on of for to from by with without after before since until this that
    these those there here it its they their he she his her we our you your i my me one two three not no yes so then
    also still yet monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec asked speaking back
    near outside inside under earlier later late meanwhile however despite according every each some many most few
    several all both either neither another other such what which who whom why how said says told tells dear editor's
    note photograph photo pictured read share advertisement watch listen more related updated published gmt bst est
    cst pst utc am pm key events live breaking overheard heard god mum mom dad nan nana granny grandma grandpa auntie
    uncle sir madam coach doc lady boss love baby honey darling mate pal son kid kids guys folks everybody everyone
    nobody somebody someone anyone anybody nothing something everything well oh okay ok yeah hey thanks thank please
    sorry congratulations welcome good great now today tonight tomorrow yesterday last next first second third
  `),
  orgWords: words(`
    university college school secondary academy party coalition motors festival agency council bank institute research
    today herald news times post journal gazette chronicle standard telegraph guardian tribune courier observer review
    weekly daily association union ministry court street road lane avenue drive city company group inc ltd corp llc plc
    co department office committee commission government parliament senate assembly congress house hospital clinic
    trust fund foundation centre center museum gallery library theatre theater cinema studio studios film studies club
    league federation church chapel cathedral mosque temple synagogue airport station railway rail airline airlines
    river lake mountain hill valley bay sea ocean island islands county state republic kingdom park square market hall
    arena stadium ground press radio television tv broadcaster channel network authority service services administration
    board bureau council cc fc afc rfc united rovers city athletic wanderers police force army navy brigade regiment
    corporation holdings partners capital industries systems technologies labs restaurant cafe café bar pub hotel inn
    shop store supermarket mall estate tower bridge port harbour harbor pier depot yard works mill farm
    province region district ward borough village town avenue boulevard plaza way close crescent place
    democrats republicans conservatives labour greens liberals reform
  `),
  places: words(`
    africa america americas antarctica asia australia europe oceania arctic north south east west northern southern
    eastern western central korea china japan india pakistan russia ukraine france germany spain italy portugal britain
    england scotland wales ireland canada mexico brazil argentina chile peru colombia venezuela cuba egypt israel iran
    iraq syria lebanon jordan turkey greece poland sweden norway denmark finland iceland netherlands belgium austria
    switzerland hungary romania bulgaria serbia croatia nigeria kenya ethiopia ghana sudan somalia libya morocco algeria
    tunisia afghanistan bangladesh nepal indonesia malaysia philippines vietnam thailand taiwan singapore zealand
    gaza jerusalem moscow kyiv kiev london paris berlin madrid rome brussels washington beijing tokyo delhi manila
    brussels oslo copenhagen stockholm dublin edinburgh cardiff belfast lisbon athens vienna warsaw prague budapest
    geneva zurich texas california florida ohio virginia maine york jersey carolina dakota kentucky tennessee
  `),
  prepositions: words(`of for to from by with about at on in into onto against than like including between among
    without within under over behind beside near toward towards via per despite after before during since until around
    across through upon unlike except beyond`),
  determiners: words('a an one another his her their its our my your the some this that'),
  speakerAdverbs: words(`later also then again once finally quickly quietly simply only still now earlier previously
    recently dryly proudly firmly softly angrily calmly flatly bluntly cheerfully sadly wearily happily tearfully
    breathlessly gently briskly coolly curtly tersely drily grimly sharply`),
  firstName: englishFirstName,
};
