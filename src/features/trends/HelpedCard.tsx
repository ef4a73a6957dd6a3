// "What helped": techniques by the relief that followed them, ranked only with enough sessions behind them.
import { effectText, MIN_SESSIONS_TO_RANK, type TechniqueEffect } from '../../domain/helped';
import { plural } from '../../domain/sentence';
import { num } from './summary-text';

/** The card. */
export function HelpedCard({ effects }: { effects: TechniqueEffect[] }) {
  const ranked = effects.filter((e) => e.rank !== null);
  const unranked = effects.filter((e) => e.rank === null);
  return (
    <section class="card helped" aria-labelledby="helped-title">
      <h2 id="helped-title" class="card-title">
        What helped
      </h2>
      {effects.length === 0 ? (
        <p class="muted">
          No sessions in this range. After a session, record it with your pain before and after to see what helps.
        </p>
      ) : (
        <>
          <p class="small muted">
            Pain before and after each session, and the next two days against the day before. A session with two
            techniques counts for both. Ranked once a technique has {MIN_SESSIONS_TO_RANK} sessions with pain before and
            after.
          </p>
          {ranked.length > 0 && (
            <ol class="helped-list">
              {ranked.map((e) => (
                <li key={e.technique}>
                  <span class="helped-rank" aria-hidden="true">
                    {e.rank}
                  </span>
                  <span>
                    <strong>{e.label}</strong> <span class="muted">({plural(e.sessions, 'session')})</span>
                    <br />
                    <span class="small">{effectText(e, num)}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
          {unranked.length > 0 && (
            <>
              <h3 class="helped-subtitle">Not enough sessions yet</h3>
              <ul class="helped-list helped-unranked">
                {unranked.map((e) => (
                  <li key={e.technique}>
                    <span>
                      <strong>{e.label}</strong> <span class="muted">({plural(e.sessions, 'session')})</span>
                      <br />
                      <span class="small">{effectText(e, num)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
