// "Did it help?" answered as a number 0–10 or in words (none … complete): first how to answer, then the answer. Both are
// native radio groups with a legend (one tab stop each, arrow keys move the choice). Lazy: treatments' own chunks.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type HelpedAnswer, RELIEF_LABELS, RELIEF_WORDS, type ReliefWord } from '../../domain/relief';
import { RadioChips } from '../../ui/ChoiceChips';
import { PainScale } from '../../ui/PainScale';
import { HELPED_ANCHORS } from './treatment-text';

/** How the person answers. */
export type HelpedScale = 'number' | 'words';

const SCALES = [
  { id: 'number', label: 'A number, 0–10' },
  { id: 'words', label: 'Words, none to complete' },
] as const satisfies readonly { id: HelpedScale; label: string }[];

const WORD_OPTIONS = RELIEF_WORDS.map((id) => ({
  id,
  label: RELIEF_LABELS[id].charAt(0).toUpperCase() + RELIEF_LABELS[id].slice(1),
}));

/** The scale an answer was given on; `fallback` while there is none. */
export function scaleOf(answer: HelpedAnswer, fallback: HelpedScale): HelpedScale {
  return answer === null ? fallback : typeof answer === 'string' ? 'words' : 'number';
}

/**
 * The question, then how to answer, then the answer. With a visible label the three are one group named by the question
 * (the answer group repeats it for screen readers); with `hideLabel` a heading right above asks it. Changing how to
 * answer clears an answer given the other way (a number is not turned into words).
 */
export function HelpedAnswerField({
  id,
  label,
  hideLabel = false,
  value,
  onChange,
  preferred = 'number',
  clearable = false,
  hint,
  error,
}: {
  /** Names the radios; unique on the page. */
  id: string;
  label: string;
  /** A visible heading right above already asks the question. */
  hideLabel?: boolean;
  value: HelpedAnswer;
  onChange: (answer: HelpedAnswer) => void;
  /** The scale shown while nothing is answered. */
  preferred?: HelpedScale;
  clearable?: boolean;
  hint?: ComponentChildren;
  error?: string | null;
}) {
  const [scale, setScale] = useState<HelpedScale>(() => scaleOf(value, preferred));
  // An answer arriving the other way (from another window) shows on its own scale.
  useEffect(() => {
    if (value !== null) setScale(scaleOf(value, preferred));
  }, [value, preferred]);
  const body = (
    <>
      <RadioChips<HelpedScale>
        legend="Answer with"
        radiogroup
        name={`${id}-scale`}
        class="helped-scale"
        options={SCALES}
        value={scale}
        onChange={(next) => {
          setScale(next);
          if (value !== null && scaleOf(value, next) !== next) onChange(null);
        }}
      />
      {scale === 'number' ? (
        <PainScale
          id={`${id}-number`}
          size="compact"
          label={label}
          hideLabel
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          anchors={HELPED_ANCHORS}
          ramp={false}
          clearable={clearable}
          hint={hint}
          error={error}
        />
      ) : (
        <RadioChips<ReliefWord>
          legend={<span class="visually-hidden">{label}</span>}
          radiogroup
          name={`${id}-words`}
          class="helped-words"
          options={WORD_OPTIONS}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          hint={hint ?? 'How much relief it gave: from none to complete relief.'}
          error={error}
        >
          {clearable && value !== null && (
            <button type="button" class="btn btn-quiet" onClick={() => onChange(null)}>
              Clear<span class="visually-hidden"> this answer</span>
            </button>
          )}
        </RadioChips>
      )}
    </>
  );
  if (hideLabel) return <div class="helped-answer">{body}</div>;
  return (
    <fieldset class="helped-answer">
      <legend class="pain-scale-legend">{label}</legend>
      {body}
    </fieldset>
  );
}
