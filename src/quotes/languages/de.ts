// German quote words: „…“ and »…«, "sagte", "erklärte", er/sie, Herr/Frau and titles ending in -in. Written for briefcast.
import { roles, words, type QuoteGender, type QuoteLanguageData } from './quote-language.js';

const TITLES = `herr frau dr prof professor professorin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
  minister ministerin kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin sprecher sprecherin chef chefin
  direktor direktorin leiter leiterin pfarrer pfarrerin richter richterin general abgeordnete abgeordneter senator senatorin
  landrat landrätin trainer trainerin hafenmeister hafenmeisterin kapitän kapitänin vorsitzende vorsitzender`;

/** The German quote data. */
export const german: QuoteLanguageData = {
  code: 'de',
  quotePairs: { '„': ['“', '”'], '»': ['«'], '«': ['»'], '‚': ['‘', '’'], '"': ['"'], '“': ['”'] },
  reportingVerbs: words(`sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint ergänzte ergänzt fügte
    berichtete berichtet erzählte erzählt warnte warnt forderte fordert kritisierte kritisiert antwortete antwortet fragte fragt
    rief ruft versicherte versichert schrieb schreibt twitterte verkündete verkündet bestätigte bestätigt unterstrich
    unterstreicht argumentierte beklagte klagte jubelte seufzte murmelte flüsterte schimpfte widersprach entgegnete erwiderte
    mahnte versprach verspricht räumte teilte hieß heißt`),
  hearerVerbs: words('sagte sagt erzählte erzählt versicherte versichert fragte fragt'),
  phrasalVerbs: ['fügte hinzu', 'teilte mit', 'räumte ein', 'gab zu'],
  participles: new Set(),
  subjectPronouns: { er: { gender: 'male', plural: false }, sie: { gender: 'female', plural: false } },
  genderedPossessives: { sein: 'male', seine: 'male', seinem: 'male', seinen: 'male', seiner: 'male', seines: 'male' },
  titles: words(TITLES),
  // "Frau", and the feminine forms in -in ("Ministerin", "Hafenmeisterin").
  titleGender: Object.fromEntries(
    [...words(TITLES)].flatMap((t): Array<[string, QuoteGender]> => (t === 'herr' ? [[t, 'male']] : t === 'frau' || t.endsWith('in') ? [[t, 'female']] : [])),
  ),
  particles: words('von van zu der den de'),
  roleNouns: roles(
    `einwohner anwohner schüler lehrer arzt polizist beamter bürger experte kritiker fahrgast passagier sprecher mitarbeiter
    augenzeuge nachbar student bauer fischer`,
    `einwohnerin anwohnerin schülerin lehrerin ärztin polizistin beamtin bürgerin expertin kritikerin passagierin sprecherin
    mitarbeiterin augenzeugin nachbarin studentin bäuerin fischerin frau mutter tochter schwester`,
    'mann vater sohn bruder',
  ),
  groupNouns: words('einwohner anwohner demonstranten schüler lehrer ärzte polizisten beamte bürger menschen leute experten kritiker fahrgäste fans eltern'),
  notNames: words(`der die das den dem des ein eine einer er sie es wir ich ihr man und aber doch dann auch am im zum zur
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september
    oktober november dezember heute gestern morgen`),
  prepositions: words('an auf aus bei durch für gegen in mit nach ohne seit über um unter von vor zu zum zur zwischen laut'),
  determiners: words('ein eine einer eines einem einen der die das den dem des dieser diese dieses sein seine ihr ihre'),
  speakerAdverbs: words('auch später dann noch bereits zudem weiter dazu jedoch aber nun'),
};
