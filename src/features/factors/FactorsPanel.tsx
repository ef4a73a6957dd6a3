// Trends' "What went with your pain": average pain on days with and without each of the person's tags, and by sleep
// and stress band, over the range shown — only where there are enough days, always with the counts, never as a cause.
// Its own chunk, loaded once Trends has drawn.
import { useMemo } from 'preact/hooks';
import { bandCaveat, bandLine, FACTOR_NAMES, NOT_A_CAUSE, tagSentence } from '../../domain/factor-sentences';
import { type BandedFactor, bandComparison, factorDays, MIN_DAYS_EACH, tagComparisons } from '../../domain/factors';
import type { Span } from '../../domain/trends';
import type { Checkin } from '../../domain/types';

const BANDED: readonly BandedFactor[] = ['sleepQuality', 'sleepHours', 'stress'];

/** The panel; nothing when no check-in in the range has a factor. */
export default function FactorsPanel({ checkins, span }: { checkins: readonly Checkin[]; span: Span }) {
  const { tags, bands } = useMemo(() => {
    const days = factorDays(checkins.filter((c) => c.day >= span.from && c.day <= span.to));
    return {
      tags: tagComparisons(days),
      bands: BANDED.map((factor) => bandComparison(days, factor)).filter((b) => b.days > 0),
    };
  }, [checkins, span.from, span.to]);
  if (tags.length === 0 && bands.length === 0) return null;
  return (
    <section class="card trend-factors" aria-labelledby="trend-factors-title">
      <h2 class="card-title" id="trend-factors-title">
        What went with your pain
      </h2>
      <p class="small muted">
        Average pain (0–10) on the days in this range, by what you ticked and rated at check-ins. Each side needs at
        least {MIN_DAYS_EACH} days.
      </p>
      {tags.length > 0 && (
        <ul class="list trend-factors-tags">
          {tags.map((t) => (
            <li key={t.key} class={t.enough ? '' : 'muted'}>
              {tagSentence(t)}
            </li>
          ))}
        </ul>
      )}
      {tags.some((t) => t.enough) && (
        <p class="small muted">“Other days”: days you checked in with the tag shown and not ticked.</p>
      )}
      {bands.map((b) => {
        const caveat = bandCaveat(b);
        return (
          <div key={b.factor} class="trend-factors-band">
            <h3 class="small">{FACTOR_NAMES[b.factor]}</h3>
            <ul class="list">
              {b.bands.map((side) => (
                <li key={side.band.id} class={side.shown && b.enough ? '' : 'muted'}>
                  {bandLine(side)}
                </li>
              ))}
            </ul>
            {caveat && <p class="small muted">{caveat}</p>}
          </div>
        );
      })}
      <p class="small">{NOT_A_CAUSE}</p>
    </section>
  );
}
