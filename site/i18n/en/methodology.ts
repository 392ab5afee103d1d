/**
 * English words of /methodology/: the sources, the role-to-occupation match, what percentiles and the
 * two employment counts mean, the data years, what is missing, and every figure this site computes or
 * assumes with the rule it uses. Figures come in as parameters from data/ and the domain's constants.
 */
import { formatFor } from '../format.ts';

const f = formatFor('en');
/** "a year", "2 years". */
const yearsApart = (n: number) => (n === 1 ? 'a year' : `${n} years`);

/** /methodology/ in English. */
export const methodology = {
  title: 'Sources and methodology',
  description:
    'Every source behind the Billing & Coding Explorer with its date, how the nine roles were matched to BLS occupations, what the wage and outlook figures mean, and every figure this site computes or assumes, with its rule.',
  lead: 'Where every figure on this site comes from, how old it is, and how to read it. Most figures are copied as their source publishes them. Some are this site’s own arithmetic or assumptions: each of those is listed below with the rule it follows, and labelled where it appears.',
  toc: {
    label: 'On this page',
    sources: 'Sources',
    computed: 'Figures this site computes or assumes',
    mapping: 'Matching roles to BLS occupations',
    percentiles: 'What wage percentiles mean',
    employment: 'Two different employment counts',
    years: 'Data years',
    missing: 'What is missing',
  },
  sources: {
    /** The headings of the source groups on /methodology/ (site/lib/sources.ts), by group id. */
    groups: { article: 'The article', wages: 'Wages and outlook', roles: 'Roles and occupations' },
    builtAround: 'The site is built around',
    articleTitle: '“What Is Medical Billing and Coding?”',
    afterArticle:
      '. Its claims are labelled as its own wherever they appear, and each is set beside the evidence. Wages and outlook come from the U.S. Bureau of Labor Statistics (BLS).',
    trainingHeading: 'Training programs and credentials',
    training: (p: { programs: number; certifications: number; pages: number }) =>
      `Prices, exam fees, lengths and rules of the ${p.programs} programs and ${p.certifications} credentials come from ${p.pages} pages, each read on the date shown:`,
    trainingLink: 'see every training source',
    codeSets:
      'Code sets (ICD-10-CM, CPT, HCPCS Level II, ICD-10-PCS) are described on the billing and coding page only, with the pages they were read from: the API has no code-set route, and this site gives them no figures.',
    codeSetsLink: 'Code sets on the billing and coding page',
  },
  computed: {
    intro:
      'Every figure below is this site’s own: arithmetic on published figures, or an assumption where no source gives a number. Wherever one appears on a page or in the API it says so, with the rule.',
    where: 'Where it appears',
    rows: {
      perCredit: {
        kind: 'Tuition from a per-credit or per-term rate',
        rule: 'Credits (or terms) × the published rate, with the rate’s year named. A rate from another year than the credit total, or from a third party, says so. Each one in the data:',
        where: 'Courses (list and comparison), /api/programs',
      },
      creditsHours: {
        kind: 'Credits, hours or lengths worked out from other figures',
        rule: 'A program that states a price and a rate but no credit total, or weeks but not months, gets the missing figure by division, marked “computed” beside it. Each one in the data:',
        where: 'Courses, the plan page’s table of program lengths',
      },
      hourly: {
        kind: 'State hourly wages BLS publishes but the copy read lacks',
        rule: (hours: number) =>
          `Annual ÷ ${f.count(hours)}, to the cent (BLS’s own convention: annual = hourly × ${f.count(hours)}), labelled “computed: annual ÷ ${f.count(hours)}”; only where the annual figure is published, never over a BLS symbol. The state hourly median is BLS’s own figure.`,
        where: 'Salaries (hourly view, states), role guides, /api/salaries',
      },
      comparisonYear: {
        kind: 'The year of a comparison',
        rule: (stateYear: number) =>
          `One year for every compared area: the newest May year every area has (May ${stateYear} when states are compared, since state data stops there). The newest national year is shown apart, with its year in words.`,
        where: 'Salaries (comparison, “where pay is highest”), /api/salaries/compare',
      },
      fallback: {
        kind: 'An older year where BLS suppressed a figure',
        rule: 'When BLS suppresses every wage of an area’s newest year (“*”), the newest older year with wages is shown, labelled with its own year and why.',
        where: 'Salaries, role guides, /api/salaries',
      },
      prse: {
        kind: 'Caution on an uncertain jobs count',
        rule: (above: number) => `Employment relative standard error (PRSE, published by BLS) above ${above} % gets a caution in words.`,
        where: 'Salaries, /api/salaries',
      },
      symbols: {
        kind: 'BLS symbols',
        rule: '“*” (wage not available), “**” (employment not available) and “#” (wage at or above the top BLS publishes) are said in words where a figure would be, never shown as a number.',
        where: 'Salaries, role guides, /api/salaries',
      },
      totals: {
        kind: 'Program totals',
        rule: 'The sum of the known cost lines (tuition, fees, books, exam, membership). A total with a line whose price is unknown reads “at least $X” and names the unknown lines; a total with no known price is not given, with the reason. Unknown is never counted as zero.',
        where: 'Courses, /api/programs',
      },
      examRange: {
        kind: 'Exam fees known only from third parties',
        rule: 'The lowest to the highest price the dated third-party reports give, labelled “third-party report”, and never added to a total as if published.',
        where: 'Courses, credentials',
      },
      membership: {
        kind: 'Membership in a total',
        rule: 'The price to join where the body publishes one; where it publishes only the renewal price, that price, said in words.',
        where: 'Courses, credentials',
      },
      payback: {
        kind: 'Payback',
        rule: (percentile: string) =>
          `The program’s months of study (no new earnings yet), then its total ÷ the monthly gain: the ${percentile} annual wage of the target role in the area ÷ 12, minus your current income ÷ 12. None when the gain is not positive. “At least” when the total has an unknown line or the program states no length. Percentiles are not experience levels: the ${percentile} is a newcomer’s likelier pay, not a starting salary.`,
        where: 'Courses (comparison), /api/programs/compare',
      },
      trend: {
        kind: 'Change in the national median',
        rule: 'The national annual medians of three May years, each published by BLS; the change between years is this site’s subtraction.',
        where: 'Role guides (“Pay over three years”)',
      },
      plannerCoursework: {
        kind: 'Planner: coursework with no program chosen',
        rule: (p: { hours: number; note: string }) => `${p.hours} hours, a sourced rule, not an assumption: ${p.note}`,
        where: 'Plan, /api/plans',
      },
      plannerArithmetic: {
        kind: 'Planner: dates from hours',
        rule: 'Study days = hours × 7 ÷ hours a week, rounded up (a study day is a free day at a seventh of the week’s hours); a stated length in whole months counts on the calendar, part months at 30.4375 days; breaks pause study; months from start to credential are counted on the calendar, to a tenth.',
        where: 'Plan, /api/plans, calendar files',
      },
      plannerAssumption: {
        kind: (value: string) => `Planner assumption: ${value}`,
        where: 'Plan, /api/plans',
      },
      plannerGuide: {
        kind: (value: string) => `Planner: ${value}, from a published guide`,
        where: 'Plan, /api/plans',
      },
      articleClaims: {
        kind: 'The source article’s claims',
        rule: 'Quoted word for word (“about 11 months”, “a few hundred dollars”, “around $30-$40,000 per year”) and set beside the evidence; never used as an input to a figure.',
        where: 'Home, plan, role guides, credentials',
      },
    },
    /** One planner rule's value in words. */
    plannerValue: {
      hoursPerWeek: (v: number) => `${v} hours a week by default`,
      examPrepWeeks: (v: number) => `${v} weeks of exam prep by default`,
      hoursPerWeekWarnAbove: (v: number) => `a warning above ${v} hours a week`,
      resultsDays: (v: number) => `${v} days from exam to results`,
      windowMarginDays: (v: number) => `${v} days kept spare in an exam window`,
    },
    /** One computed price in the data: its program, rule and kind. */
    example: (p: { program: string; note: string; kind: string }) => `${p.program}: ${p.note} (${p.kind})`,
    /** The link from a rule to the list of each program's figure it gave. */
    listedLink: "Each program's figure, with the pages it comes from",
    /** One computed credit, hour or length figure in the data. */
    derived: (p: { program: string; text: string }) => `${p.program}: ${p.text}`,
  },
  mapping: {
    heading: 'Matching roles to BLS occupations',
    intro:
      'BLS publishes wages and projections by Standard Occupational Classification (SOC 2018) code, not by job title. Each of the nine roles is matched to the closest occupation; the title of that occupation is shown next to every wage figure on the site.',
    caption: 'The nine roles and the BLS occupation used for each',
    role: 'Role',
    soc: 'SOC code',
    occupation: 'BLS occupation',
    why: 'Why',
    onetHeading: 'The evidence from O*NET',
    onetTitles:
      'O*NET’s summary for occupation 29-2071.00 (the SOC 2010 code that became 29-2072, Medical Records Specialists, in SOC 2018) lists these “sample of reported job titles”: Coder, Health Information Clerk, Health Information Specialist, Health Information Technician, Medical Records Analyst, Medical Records Clerk, Medical Records Coordinator, Medical Records Director, Medical Records Technician, and Registered Health Information Technician (RHIT).',
    onetLink: 'O*NET OnLine, 29-2071.00',
    onetTasks:
      'O*NET’s tasks for 29-2072 cover both coding (“Identify, compile, abstract, and code patient data, using standard classification systems”) and billing (“Post medical insurance billings”).',
    onetExcludes:
      'The SOC definition of 29-2072 excludes File Clerks (43-4071) and Health Information Technologists and Medical Registrars (29-9021), so those appear only as related occupations.',
    judgementLead: 'The match is a judgement.',
    judgement:
      ' A job titled “medical records director” may be counted by BLS under whichever occupation the employer reports, and one occupation’s pay covers many job titles. Read a role’s figures as the pay of the occupation it is matched to, not of the job title itself.',
  },
  percentiles: {
    heading: 'What wage percentiles mean',
    intro:
      'The wage figures come from the BLS Occupational Employment and Wage Statistics (OEWS) survey of employers. For each occupation and area, BLS publishes the wage below which 10, 25, 50 (the median), 75 and 90 percent of workers fall, plus the mean.',
    spread: 'The 10th percentile means one worker in ten earned less than this; the 90th means one in ten earned more.',
    notLevelsLead: 'Percentiles are not experience levels.',
    notLevels:
      ' The 10th percentile is not a starting salary and the 90th is not what you earn after ten years. Each percentile mixes people of every experience level, employer size, industry and city.',
    gross: 'OEWS wages are straight-time gross pay (before tax, without overtime), and they count employees only, not the self-employed.',
    symbols:
      'BLS leaves some figures blank: “*” means a wage is not available, “**” that employment is not available, and “#” that the wage is at least $115.00 an hour or $239,200 a year (the highest wages are capped). The site says each blank in words where the figure would be and never fills it in.',
  },
  employment: {
    heading: 'Two different employment counts',
    intro: (period: string) =>
      `The site shows two counts of jobs and keeps them apart. OEWS employment counts wage-and-salary jobs in nonfarm establishments. The BLS Employment Projections (${period}) come from the National Employment Matrix, which also includes self-employed and other workers, so its count is higher.`,
    example: (p: { title: string; baseYear: number; oews: number; oewsYear: number; projectionsBase: number }) =>
      `For example, for ${p.title} in ${p.baseYear}, OEWS counted ${f.count(p.oews)} jobs (May ${p.oewsYear}), while the Employment Projections base is ${f.count(p.projectionsBase)}.`,
    openings:
      'Projected openings include jobs freed up when workers retire or move to other occupations, so an occupation that is shrinking can still have many openings each year.',
  },
  years: {
    heading: 'Data years',
    national: (year: number, newest: boolean) => `National wages: OEWS May ${year}${newest ? ', the newest national release found' : ''}.`,
    state: (p: { state: number; apart: number; meanOnly: boolean }) =>
      `State wages: OEWS May ${p.state}. No readable copy of newer state data was found, so state figures are ${yearsApart(p.apart)} older than the newest national ones; comparisons therefore use May ${p.state} for every area, and say so.${p.meanOnly ? ' Some older state rows carry the mean wage only.' : ''}`,
    outlook: (period: string) => `Outlook: BLS Employment Projections ${period}, the newest projections found.`,
    smallStates: 'Figures for small states can move a lot from year to year because they rest on smaller samples. Check a state’s figure against the national one before quoting it.',
    article: (date: string) => `The source article: ${date}. Its claims are quoted and set beside current evidence, never used as figures.`,
  },
  missing: {
    heading: 'What is missing',
    industries: 'Which industries employ these workers (for example, the share of medical records specialists in hospitals or doctors’ offices): not found in the sources read.',
    stateYear: (national: number, state: number) => `State wages for May ${national}: no readable copy was found; state figures stay May ${state}.`,
    supervisors:
      'Employment Projections for First-Line Supervisors of Office and Administrative Support Workers (SOC 43-1011), used for the medical billing manager: not gathered, so that guide shows no outlook.',
    stateHourly: (hours: number) =>
      `State hourly percentiles and means: BLS publishes them, but the May 2024 state copy read for this site kept only the hourly median; the others are shown as annual ÷ ${f.count(hours)}, labelled as computed.`,
    other: 'May 2023 Wyoming figures for Health Information Technologists and Medical Registrars, and U.S. territories.',
    ooh: 'The BLS Occupational Outlook Handbook’s narrative and pay pages were not used.',
  },
};
