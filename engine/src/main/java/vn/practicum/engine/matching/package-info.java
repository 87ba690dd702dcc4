/**
 * The placement round's matching: a capacity-aware, student-proposing deferred acceptance
 * (Gale–Shapley with capacities), as a plain Java library with no engine and no database.
 *
 * <h2>Who is acceptable where</h2>
 * A student is acceptable to an offer when the student ranked the offer (at most
 * {@link vn.practicum.engine.matching.Applicant#MAX_CHOICES} choices), the offer is of the student's field,
 * the student holds every requirement of the offer (the offer's requirements are a subset of the student's
 * qualifications), and the host did not decline the student for that offer.
 *
 * <h2>How a host orders its applicants, and how priority enters</h2>
 * For each offer the host's order over acceptable applicants is total and fixed before the matching starts:
 * <ol>
 *   <li>applicants the host ranked explicitly ({@link vn.practicum.engine.matching.HostPreferences#ranking()}),
 *       in the host's order;</li>
 *   <li>then every other acceptable applicant: first the students their school marks as <em>priority</em>,
 *       then the others; within each group by the round's lottery number
 *       ({@link vn.practicum.engine.matching.Lottery}, a published seed and the student id), then by student id.</li>
 * </ol>
 * So priority never overrides a host's explicit ranking; it decides among the applicants the host left unranked.
 * Because every host's order is a strict order fixed up front, stability is the textbook notion and the
 * student-optimal stable matching is unique.
 *
 * <p>Priority students also propose first, then the others in lottery order. In deferred acceptance the order of
 * proposals never changes the outcome (it always reaches the student-optimal stable matching); it is fixed only so
 * that a trace of the run is reproducible.
 *
 * <h2>What the result guarantees</h2>
 * <ul>
 *   <li>no offer holds more students than its capacity;</li>
 *   <li>every placed student is placed at an offer they ranked, of their field, whose requirements they meet,
 *       and whose host did not decline them;</li>
 *   <li>no blocking pair: no student prefers an acceptable offer to their placement while that offer has a free
 *       place or holds a student its host orders below them;</li>
 *   <li>the same input (in any order of its lists) gives the same result.</li>
 * </ul>
 * Each student's {@link vn.practicum.engine.matching.StudentOutcome} says, in Vietnamese and English, where they
 * were placed ("placed at your 2nd choice") or why not ("not placed: all your choices are full").
 */
package vn.practicum.engine.matching;
