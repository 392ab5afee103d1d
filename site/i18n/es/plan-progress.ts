/**
 * Spanish words of a saved plan's progress: recording it, where the reader stands, the two ways to catch
 * up, the plan's history and the calendar subscription. Loaded with the progress panel only (a saved plan).
 */
import type { planProgress as english } from '../en/plan-progress.ts';
import { formatFor } from '../format.ts';

const f = formatFor('es');
const hours = (h: number) => `${f.decimal(h)} ${h === 1 ? 'hora' : 'horas'}`;
const hoursAWeek = (h: number) => `${hours(h)} por semana`;
const studyDays = (d: number) => `${d} ${d === 1 ? 'día' : 'días'} de estudio`;
const days = (d: number) => `${d} ${d === 1 ? 'día' : 'días'}`;

/** The input fields a saved change names, in words (an unknown one is shown as named). */
const FIELDS: Record<string, string> = {
  certificationId: 'credencial',
  programId: 'programa',
  startDate: 'fecha de inicio',
  hoursPerWeek: 'horas por semana',
  examPrepWeeks: 'semanas de preparación del examen',
  breaks: 'pausas',
  targetExamDate: 'fecha del examen',
  title: 'nombre',
  progress: 'avance',
  replan: 'ajuste del plan',
  calendar: 'recordatorios del calendario',
};

/** A saved plan's progress in Spanish. */
export const planProgress: typeof english = {
  date: (iso) => f.longDate(iso),
  form: {
    heading: 'Su avance',
    headingShared: 'Avance',
    intro: 'Marque los pasos que ya hizo y escriba las horas que ha estudiado hasta ahora. Al guardar, el plan cambia para todas las personas que tienen sus enlaces.',
    notYet: (start) => `Puede registrar su avance a partir de la fecha de inicio, el ${f.longDate(start)}.`,
    stepsLegend: 'Pasos hechos',
    /** Under a step's tick: its planned day. */
    planned: (iso) => `Previsto para el ${f.longDate(iso)}`,
    /** A ticked step's day (a screen reader hears the step's title after it). */
    doneOn: 'Fecha en que lo hizo',
    hoursDone: 'Horas estudiadas hasta ahora',
    hoursHint: 'Su total acumulado desde el inicio: el curso y la preparación del examen juntos.',
    asOf: 'Hasta el día',
    asOfHint: 'Ese total es correcto al final de este día.',
    save: 'Guardar el avance',
    saving: 'Guardando su avance…',
    /** After saving: the version, and where the reader now stands. */
    saved: (version, standing) => `Avance guardado (versión ${version}). ${standing}`,
    fixFirst: 'Corrija los campos marcados antes de guardar su avance.',
    stale: 'Este plan cambió en otro lugar desde que lo abrió. Vuelva a cargarlo y luego registre su avance otra vez.',
    failed: (detail) => `No se guardó: ${detail}`,
  },
  check: {
    hoursMissing: 'Escriba las horas que ha estudiado hasta ahora (0 si no ha estudiado).',
    hoursNotNumber: 'Un número de horas, 0 o más.',
    hoursOverElapsed: (max, asOf, perWeek) => `Como máximo ${hours(max)} hasta el ${f.longDate(asOf)}: ${perWeek} por semana desde el inicio.`,
    dateMissing: 'Escriba una fecha.',
    beforeStart: (start) => `No antes del inicio (${f.longDate(start)}).`,
    afterToday: (today) => `No después de hoy (${f.longDate(today)}).`,
  },
  standing: {
    heading: 'Cómo va',
    none: 'Todavía no hay avance registrado.',
    // The badge and its detail read as one sentence: "Con atraso de 12 horas (3 días de estudio)", "Al día y justo donde el plan lo espera".
    badge: { ahead: 'Con ventaja', 'on-track': 'Al día', behind: 'Con atraso' },
    /** After the badge: by how many hours and study days. */
    detail: (p) =>
      p.state === 'behind'
        ? `de ${hours(p.hoursBehind)} (${studyDays(p.daysBehind)}).`
        : p.state === 'ahead'
          ? `de ${hours(-p.hoursBehind)} (${studyDays(-p.daysBehind)}).`
          : p.hoursBehind > 0
            ? `aunque con ${hours(p.hoursBehind)} de atraso, dentro del margen de una semana.`
            : p.hoursBehind < 0
              ? `y con ${hours(-p.hoursBehind)} de ventaja, dentro del margen de una semana.`
              : 'y justo donde el plan lo espera.',
    hoursLine: (done, expected, asOf) => `${hours(done)} de estudio hasta el ${f.longDate(asOf)}. El plan esperaba ${hours(expected)}.`,
    pace: (pace, planned) =>
      pace === null ? `El plan pide ${hoursAWeek(planned)}.` : `Su ritmo desde el inicio: ${hoursAWeek(pace)} (el plan pide ${f.decimal(planned)}).`,
    tolerance: (tolerance, weeks, perWeek) =>
      `Estar al día significa estar a ${hours(tolerance)} o menos del plan, por encima o por debajo: ${weeks === 1 ? 'una semana' : `${weeks} semanas`} a ${hoursAWeek(perWeek)}. Casi todos estudian a un ritmo semanal, así que una semana de diferencia es normal.`,
    planned: 'Examen previsto',
    projected: 'A su ritmo',
    /** Why there is no projected date (or why it is the planned one). */
    projection: {
      pace: '',
      'no-study-days': 'Todavía no ha pasado ningún día de estudio: no hay ritmo para calcular.',
      'no-hours': 'Todavía no hay horas registradas: no hay ritmo para calcular.',
      'too-slow': 'Menos de 1 hora por semana hasta ahora: es muy poco para calcular la fecha de un examen.',
      'fixed-length': 'Su programa tiene una duración indicada: sus fechas no cambian, estudie las horas que estudie.',
    },
    /** The projected date beside the planned one: how far it moves. */
    moves: (d) => (d === 0 ? 'el mismo día' : d > 0 ? `${days(d)} después` : `${days(-d)} antes`),
    doneHeading: 'Hecho',
    doneNone: 'Todavía no marcó ningún paso.',
    doneItem: (title, date) => `${title}, ${f.longDate(date)}`,
    overdueHeading: (asOf) => `Previstos hasta el ${f.longDate(asOf)} y sin marcar`,
    overdueItem: (title, date) => `${title} (previsto para el ${f.longDate(date)})`,
  },
  catchUp: {
    heading: 'Ponerse al día',
    headingAdjust: 'Ajustar el plan a su ritmo',
    intro: 'Hay dos formas de seguir desde aquí. Cualquiera de las dos cambia el plan guardado; la versión anterior queda en el historial de abajo.',
    dirty: 'Tiene cambios sin guardar en el plan de arriba. Guárdelos (o deshágalos) antes de usar una de estas opciones.',
    keepHeading: (exam) => `Mantener el examen el ${f.longDate(exam)}`,
    keep: (perWeek, from, now) => `Estudie ${hoursAWeek(perWeek)} desde el ${f.longDate(from)} (ahora ${f.decimal(now)}).`,
    keepButton: (perWeek) => `Mantener la fecha: ${hoursAWeek(perWeek)}`,
    moveHeading: 'Mover el examen',
    move: (p) =>
      `A ${hoursAWeek(p.perWeek)}${p.pace ? ' (su ritmo hasta ahora)' : ' (las horas por semana del plan)'}, el examen pasa al ${f.longDate(p.exam)} y la credencial al ${f.longDate(p.credential)}.`,
    moveButton: (exam) => `Mover el examen al ${f.longDate(exam)}`,
    refused: {
      'hours-over-max': (r) =>
        r.needed === null ? 'No es posible: no quedan días de estudio antes de preparar el examen.' : `No es posible: necesitaría ${hoursAWeek(r.needed)}, más de las ${r.max} que permite un plan.`,
      'exam-passed': () => 'No es posible: la fecha del examen no es posterior a hoy.',
      'fixed-length': () => 'No es posible: su programa tiene una duración indicada, así que más horas por semana no mueven sus fechas.',
    },
    applying: 'Cambiando el plan…',
    applied: (version, exam, perWeek) => `Plan cambiado (versión ${version}): examen el ${f.longDate(exam)}, ${hoursAWeek(perWeek)}.`,
  },
  history: {
    heading: 'Cambios en este plan',
    none: 'Sin cambios desde que se guardó por primera vez.',
    /** One change: when, the version it made, and what moved. */
    when: (at, version) => `${f.longDate(at)}, versión ${version}`,
    exam: (from, to) => `El examen pasó del ${f.longDate(from)} al ${f.longDate(to)}.`,
    perWeek: (from, to) => `Horas por semana: de ${f.decimal(from)} a ${f.decimal(to)}.`,
    changed: (fields) => `Cambios: ${fields.map((x) => FIELDS[x] ?? x).join(', ')}.`,
    older: (n) => `${n} ${n === 1 ? 'cambio anterior' : 'cambios anteriores'}`,
  },
  subscribe: {
    heading: 'Suscribirse en su calendario',
    intro: 'Con la suscripción, su calendario sigue este plan: cuando el plan cambia, las fechas también cambian allí. Las aplicaciones de calendario revisan cada pocas horas; Google puede tardar hasta un día.',
    link: 'Suscribirse en su aplicación de calendario',
    address: 'Dirección del calendario',
    copy: 'Copiar la dirección del calendario',
    copied: 'Dirección del calendario copiada.',
    copyByHand: 'Copie la dirección del calendario seleccionada con Ctrl+C (⌘C en una Mac).',
    help: 'Cómo suscribirse en Google Calendar, Apple Calendar u Outlook',
    google: 'Google Calendar',
    googleSteps: 'En una computadora, junto a “Otros calendarios”, elija + y luego “Desde URL”. Pegue la dirección del calendario y elija “Agregar calendario”. Luego se verá también en su teléfono.',
    apple: 'Apple Calendar',
    appleSteps: 'Elija “Suscribirse en su aplicación de calendario” arriba. O en una Mac: Archivo, Nueva suscripción a calendario, y pegue la dirección. En un iPhone: Configuración, Calendario, Cuentas, Agregar cuenta, Otra, Agregar calendario suscrito.',
    outlook: 'Outlook',
    outlookSteps: 'En Outlook en la web o el nuevo Outlook: Agregar calendario, Suscribirse desde la web, pegue la dirección y luego Importar. En Outlook clásico para Windows: Agregar calendario, Desde Internet.',
    reminders: 'Recordatorios el día antes de la reserva y del examen',
    remindersHint: 'Avisos a las 9:00 del día anterior, en los calendarios que muestran los avisos de una suscripción.',
    remindersOn: 'Recordatorios activados: guardado.',
    remindersOff: 'Recordatorios desactivados: guardado.',
  },
};
