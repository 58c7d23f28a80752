// Portuguese quote words: «…» and “…”, "disse", "afirmou", ele/ela, Sr./Dra. and titles. Written for briefcast.
import { roles, words, type QuoteLanguageData } from './quote-language.js';

/** The Portuguese quote data (Portugal and Brazil). */
export const portuguese: QuoteLanguageData = {
  code: 'pt',
  quotePairs: { '«': ['»'], '“': ['”'], '"': ['"'] },
  reportingVerbs: words(`disse diz afirmou afirma explicou explica acrescentou acrescenta garantiu garante sublinhou sublinha
    declarou declara referiu refere contou conta adiantou adianta salientou salienta destacou destaca respondeu responde
    perguntou pergunta admitiu admite lembrou lembra concluiu conclui insistiu insiste defendeu defende considerou considera`),
  hearerVerbs: words('perguntou pergunta contou'),
  phrasalVerbs: ['tem dito', 'havia dito'],
  participles: words('acrescentando dizendo explicando afirmando sublinhando'),
  subjectPronouns: {
    ele: { gender: 'male', plural: false }, ela: { gender: 'female', plural: false },
    eles: { gender: null, plural: true }, elas: { gender: 'female', plural: true },
  },
  genderedPossessives: {},
  titles: words(`sr sra senhor senhora dr dra doutor doutora dona dom presidente ministro ministra prefeito prefeita vereador
    vereadora diretor diretora porta-voz general juiz juíza deputado deputada senador senadora`),
  titleGender: {
    sr: 'male', senhor: 'male', dom: 'male', doutor: 'male', sra: 'female', senhora: 'female', dona: 'female', dra: 'female',
    doutora: 'female', ministra: 'female', prefeita: 'female', vereadora: 'female', diretora: 'female', juíza: 'female',
    deputada: 'female', senadora: 'female',
  },
  particles: words('de da do das dos e'),
  roleNouns: roles('porta-voz testemunha estudante', 'moradora passageira médica professora mãe filha mulher irmã', 'morador passageiro médico professor pai filho homem irmão'),
  groupNouns: words('moradores passageiros manifestantes estudantes médicos especialistas pais cidadãos pessoas ciclistas'),
  notNames: words(`o a os as um uma ele ela eles elas eu se mas e segunda terça quarta quinta sexta sábado domingo janeiro
    fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro`),
  prepositions: words('a ao à com contra de do da desde em no na entre para por pelo pela segundo sem sobre'),
  determiners: words('um uma o a os as este esta seu sua'),
  speakerAdverbs: words('também depois ainda já além'),
};
