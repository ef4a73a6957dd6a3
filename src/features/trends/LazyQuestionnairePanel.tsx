// Loads the questionnaire panel as its own chunk once Trends has drawn, so Trends never waits for it.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TrendModel } from '../../domain/trend-model';

type Panel = ComponentType<{ model: TrendModel }>;

/** The questionnaire panel; nothing until its chunk is here. */
export function LazyQuestionnairePanel({ model }: { model: TrendModel }) {
  const [Panel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    import('./QuestionnairePanel')
      .then((module) => setPanel(() => module.default))
      .catch((error) => console.error(error));
  }, []);
  return Panel ? <Panel model={model} /> : null;
}
