/**
 * Spanish words of a computed plan: each milestone kind's title and detail, each warning code's
 * message, each duration's label, value and note, each phase's label. Used by the API (and its .ics
 * calendar) and by the plan page, so both say the same. Milestone titles show in calendars: kept short.
 */
import type { plan as english } from '../en/plan.ts';
import { MAX_HOURS_PER_WEEK } from '../../../functions/domain/planner-check.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** 12 → "un año", 24 → "2 años", 18 → "18 meses". */
const period = (months: number) => (months === 12 ? 'un año' : months % 12 === 0 ? `${months / 12} años` : `${months} meses`);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** 12 → "cada año", 24 → "cada 2 años", 18 → "cada 18 meses". */
const every = (months: number) => (months === 12 ? 'cada año' : `cada ${period(months)}`);
/** 24 → "de 2 años", 12 → "de 1 año", 18 → "de 18 meses". */
const periodAdjective = (months: number) => (months % 12 === 0 ? `de ${plural(months / 12, 'año')}` : `de ${months} meses`);
/** 56 study days → "8 semanas", 60 → "8.6 semanas". */
const weeksOf = (days: number) => (days % 7 === 0 ? plural(days / 7, 'semana') : `${f.decimal(days / 7)} semanas`);
const hoursAWeek = (h: number) => `${f.decimal(h)} ${h === 1 ? 'hora' : 'horas'} por semana`;
const months = (n: number) => `${f.decimal(n)} ${n === 1 ? 'mes' : 'meses'}`;
/** 1 → "un año", 5 → "cinco años". */
const YEAR_WORDS = ['cero años', 'un año', 'dos años', 'tres años', 'cuatro años', 'cinco años', 'seis años', 'siete años', 'ocho años', 'nueve años', 'diez años'];
const yearsInWords = (n: number) => YEAR_WORDS[n] ?? `${n} años`;
const years = (n: number) => plural(n, 'año');

const milestone: typeof english.milestone = {
  start: ({ program, courseworkHours }) => ({
    title: 'Empezar el curso',
    detail: program
      ? `Empiece el programa ${program.name} (${program.provider}).`
      : `Empiece un curso de codificación. No eligió un programa, así que el plan cuenta ${f.decimal(courseworkHours)} horas de curso: el curso por defecto de este sitio (vea de dónde sale cada duración).`,
  }),
  checkpoint: ({ n, hoursDone, courseworkHours, percent, hoursPerWeek }) => ({
    title: `Revisión ${n}: unas ${Math.round(hoursDone)} de ${Math.round(courseworkHours)} horas hechas`,
    detail: `El ${percent}% del curso, a ${hoursAWeek(hoursPerWeek)}. ¿Se atrasó? Agregue horas o mueva el examen.`,
  }),
  'coursework-done': ({ courseworkHours }) => ({ title: 'Curso terminado', detail: `Completó las ${f.decimal(courseworkHours)} horas del curso.` }),
  'exam-prep': ({ prepWeeks, acronym, prepHours }) => ({
    title: 'Empezar a preparar el examen',
    detail: `${plural(prepWeeks, 'semana')} de repaso y exámenes de práctica cronometrados para el examen ${acronym} (unas ${f.decimal(prepHours)} horas).`,
  }),
  'book-exam': ({ step, acronym, examDate, windowText, membership }) => ({
    title: {
      apply: `Solicitar el examen ${acronym}`,
      enrol: `Inscribirse al examen ${acronym}`,
      'join-and-book': `Afiliarse a ${membership?.body ?? ''} y reservar el examen ${acronym}`,
      book: `Reservar el examen ${acronym}`,
    }[step],
    detail: [`Reserve para el ${f.longDate(examDate)}.`, ...(windowText !== undefined ? [windowText] : []), ...(membership ? [`Membresía: ${membership.text}`] : [])].join(' '),
  }),
  exam: ({ acronym, issuingBody }) => ({ title: `Día del examen ${acronym}`, detail: `Presente el examen ${acronym} (${issuingBody}).` }),
  results: ({ days, assumption }) => ({
    title: 'Resultados previstos',
    detail: `Alrededor de ${plural(days, 'día')} después del examen${assumption ? ' (supuesto de este sitio: confirme con la entidad que da el examen)' : ''}.`,
  }),
  credential: ({ acronym, name, designation }) =>
    designation
      ? {
          title: `Credencial ${acronym} obtenida (como ${designation})`,
          detail: `Si aprueba, obtiene la credencial ${acronym} con estatus de aprendiz, ${designation}, hasta que demuestre dos años de experiencia o su equivalente.`,
        }
      : { title: `Credencial ${acronym} obtenida`, detail: `Si aprueba, obtiene la credencial ${name} (${acronym}).` },
  apprentice: ({ designation, route, education }) => ({
    title: `Fin de la designación ${designation}: ${route}`,
    detail: `La fecha más temprana por esta vía, si empieza a trabajar en codificación al certificarse.${
      {
        none: '',
        course: ' Su programa cuenta como la formación (un curso de codificación de 80 horas de contacto o más).',
        practicode: ' Su programa cuenta como la formación (incluye Practicode de AAPC).',
        unknown: ' La formación es un curso de codificación de 80 horas de contacto o Practicode de AAPC. Confirme si su curso cuenta.',
      }[education]
    }`,
  }),
  membership: ({ body, months: m }) => ({
    title: `Renovar la membresía de ${body}`,
    detail: `${capitalize(period(m))} después de afiliarse para reservar el examen. La membresía mantiene la credencial.`,
  }),
  renewal: ({ acronym, ceus, months: m, issuingBody }) => ({
    title: ceus === null ? `Renovar la credencial ${acronym}` : `Renovar la credencial ${acronym}: ${ceus} CEU`,
    detail: `Fin del primer ciclo ${periodAdjective(m)}, contado desde el día en que se certifica. Su propia fecha está en su cuenta de ${issuingBody}.`,
  }),
};

const warning: typeof english.warning = {
  'hours-impossible': ({ targetDate, hoursPerWeek, examDate }) =>
    `Un examen el ${f.longDate(targetDate)} necesitaría más de ${hoursAWeek(hoursPerWeek)}. El plan de abajo muestra el examen más temprano a ${hoursAWeek(hoursPerWeek)}: el ${f.longDate(examDate)}.`,
  'target-too-soon': ({ program, length, prepWeeks, examDate, targetDate }) =>
    `${program} tiene una duración indicada (${length}). Con ${plural(prepWeeks, 'semana')} de preparación, el examen más temprano es el ${f.longDate(examDate)}, no el ${f.longDate(targetDate)}. El plan de abajo usa esa fecha más temprana.`,
  'hours-over-limit': ({ hoursPerWeek, limit, note }) => `${hoursAWeek(hoursPerWeek)} son más de ${limit}: ${note}`,
  'access-expires': ({ deadline, program, text, months: m, endDate, courseworkEnd }) =>
    deadline === 'access'
      ? `Su acceso a ${program} termina el ${f.longDate(endDate)}, ${plural(m, 'mes', 'meses')} después de empezar. Pero el curso termina el ${f.longDate(courseworkEnd)}. Agregue horas por semana o acorte sus pausas.`
      : `${text} El curso termina el ${f.longDate(courseworkEnd)}, después del ${f.longDate(endDate)}, así que el plan no cumple esa condición.`,
  'exam-window': ({ examDate, bookingDate, days, windowDays, windowText }) =>
    `El examen del ${f.longDate(examDate)} cae ${days} días después del paso de reserva del ${f.longDate(bookingDate)}. Son más de los ${windowDays} días que permite el plazo del examen (${windowText}). Mueva una pausa para poder hacer la solicitud más cerca del examen.`,
  'program-credential': ({ program, acronym }) => `${program} no nombra la credencial ${acronym} entre las credenciales para las que prepara.`,
  eligibility: ({ acronym, text }) => `Requisitos de la credencial ${acronym}: ${text}`,
  'scheduled-break': ({ program }) => `${program} tiene sus propias fechas: una pausa durante el curso puede hacerle perder clases o esperar al siguiente período.`,
  'no-program-length': ({ program, hours }) => `${program} no indica horas ni duración, así que el plan cuenta el curso por defecto de este sitio: ${f.decimal(hours)} horas.`,
  'credential-status': ({ text }) => text,
  'start-in-past': ({ today }) => `La fecha de inicio es anterior a hoy (${f.longDate(today)}): el plan cuenta el estudio desde esa fecha.`,
  'booking-in-past': ({ bookingDate }) => `El paso de reserva (${f.longDate(bookingDate)}) ya pasó. Reserve lo antes posible y confirme que la fecha de su examen sigue disponible.`,
  'long-plan': ({ years: n }) => `El examen es más de ${yearsInWords(n)} después del inicio: los sistemas de códigos y las reglas del examen cambiarán en ese tiempo.`,
};

const duration: typeof english.duration = {
  'hours-per-week': ({ from, hoursPerWeek, note }) => {
    const label = 'Horas por semana';
    const value = hoursAWeek(hoursPerWeek);
    if (from === 'needed') return { label, value: `${value}, calculadas desde la fecha de su examen`, note: 'Las horas que hacen caber el curso en los días de estudio antes de preparar el examen, redondeadas hacia arriba a la décima de hora.' };
    // Only a plan saved before such exam dates were refused (checkTarget) is still planned at the most hours a week; its warning says why.
    if (from === 'max') return { label, value: `${value}, el máximo que permite este planificador` };
    return { label, value, note: from === 'reader' ? 'Su cifra.' : note };
  },
  coursework: (p) => {
    const label = 'Curso';
    if (p.from === 'program') return { label, value: `${f.decimal(p.hours)} horas (las horas que indica el programa) a ${hoursAWeek(p.hoursPerWeek)}: ${weeksOf(p.studyDays)} de estudio` };
    if (p.from === 'length') return { label, value: `${p.text} (la duración que indica el programa), planeado como ${weeksOf(p.studyDays)} de estudio`, note: 'Las horas por semana no acortan un programa de duración fija; solo cuentan sus horas.' };
    return { label, value: `${f.decimal(p.hours)} horas (el curso por defecto de este sitio) a ${hoursAWeek(p.hoursPerWeek)}: ${weeksOf(p.studyDays)} de estudio`, note: p.note };
  },
  breaks: ({ days }) => ({ label: 'Pausas', value: `${plural(days, 'día')} libres antes del examen; el estudio se detiene y ningún paso cae en una pausa` }),
  'program-deadline': ({ deadline, months: m, text }) => ({ label: deadline === 'access' ? 'Acceso al curso' : 'Plazo del programa', value: `${plural(m, 'mes', 'meses')} desde la inscripción`, note: text }),
  'exam-prep': ({ weeks, reader, note }) => ({ label: 'Preparación del examen', value: plural(weeks, 'semana'), note: reader ? 'Su cifra.' : note }),
  booking: ({ window: w }) =>
    w
      ? {
          label: 'Plazo del examen',
          value: `${w.days} días desde la ${w.from === 'approval' ? 'aprobación' : 'inscripción'} hasta el examen`,
          note: `${w.text} El plan reserva cuando empieza la preparación del examen, o más tarde, para dejar libres ${w.marginDays} días del plazo (${w.marginNote}).`,
        }
      : { label: 'Reserva', value: 'Al empezar la preparación del examen, para el día en que termina', note: 'Sugerencia de este sitio: con una fecha reservada, las semanas de preparación tienen un final fijo.' },
  results: ({ days, note }) => ({ label: 'Resultados', value: `${plural(days, 'día')} después del examen`, note }),
  apprentice: ({ designation, routes, text }) => ({ label: `Fin de la designación ${designation}`, value: routes.join('; o '), note: `${text} Las fechas suponen que empieza a trabajar en codificación al certificarse.` }),
  membership: ({ months: m, text }) => ({ label: 'Membresía', value: `Se renueva ${every(m)}`, note: text }),
  renewal: ({ ceus, months: m, text }) => ({ label: 'Renovación y CEU', value: `${ceus === null ? 'Renovación' : `${ceus} CEU`} ${every(m)}`, note: text }),
  total: ({ months: m }) => ({ label: 'Del inicio a la credencial', value: months(m), note: 'La suma de los pasos anteriores.' }),
};

const phase: typeof english.phase = { coursework: 'Curso', 'exam-prep': 'Preparación del examen', results: 'Espera de resultados' };

/** Why an input field is refused, beside the field and in the API's problem. */
const check: typeof english.check = {
  'not-a-date': () => 'Escriba una fecha real con el formato AAAA-MM-DD.',
  'start-too-early': ({ earliest }) => `Empiece el ${earliest} o después.`,
  'before-earliest': ({ earliest }) => `El ${earliest} o después.`,
  'start-too-far': ({ years: n }) => `Empiece a no más de ${years(n)} de hoy.`,
  'hours-out-of-range': ({ min, max }) => `Entre ${min} y ${max} horas por semana.`,
  'prep-out-of-range': ({ min, max }) => `Un número entero de semanas, de ${min} a ${max}.`,
  'too-long': ({ max }) => `Como máximo ${max} caracteres.`,
  'too-many-breaks': ({ max }) => `Como máximo ${plural(max, 'pausa')}.`,
  'break-ends-before-start': () => 'La pausa debe terminar el mismo día en que empieza o después.',
  'break-too-long': ({ days }) => `Una pausa dura como máximo ${plural(days, 'día')}.`,
  'start-in-break': () => 'La fecha de inicio cae dentro de una de sus pausas.',
  'exam-not-after-start': () => 'La fecha del examen debe ser posterior a la fecha de inicio.',
  'exam-too-far': ({ years: n }) => `Como máximo ${years(n)} después de la fecha de inicio.`,
  'exam-in-break': () => 'La fecha del examen cae dentro de una de sus pausas.',
  'hours-over-max': ({ needed, max }) =>
    `${needed === null ? `No quedan días de estudio antes de preparar el examen, y un plan permite como máximo ${max} horas por semana` : `Esta fecha de examen necesita ${hoursAWeek(needed)}, más de las ${max} que permite un plan`}. Elija una fecha posterior, menos semanas de preparación o pausas más cortas.`,
};

/** Why a progress or re-plan field is refused, beside the field and in the API's problem. */
const progress: typeof english.progress = {
  'before-start': ({ startDate }) => `Antes del inicio, el ${startDate}.`,
  'after-today': ({ today }) => `Después de hoy, ${today}.`,
  'hours-over-elapsed': ({ max }) => `Como máximo ${max} horas para entonces (${MAX_HOURS_PER_WEEK} por semana).`,
  'unknown-milestone': () => 'No es una etapa de este plan.',
  'fixed-length': () => 'Un programa de duración fija no se puede volver a planificar.',
};

/** The words a plan's calendar (.ics) adds around its milestones. */
const calendar: typeof english.calendar = {
  name: (acronym) => `Plan ${acronym}`,
  wholePlan: (url) => `El plan completo: ${url}`,
  break: 'Pausa',
};

/** The words of a plan in Spanish. */
export const plan: typeof english = { milestone, warning, duration, phase, check, progress, calendar };
