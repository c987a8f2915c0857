import { isRateId, rateFigure } from '@/lib/content/rates';

/** A price or free-tier figure from lib/pricing/rates.json, in a sentence: "<Rate id="standard.transitionPer1000" />". */
export function Rate({ id }: { id: string }) {
  // content:check rejects unknown ids; a build that still meets one must fail loudly, not print a blank.
  if (!isRateId(id)) throw new Error(`<Rate id="${id}">: unknown rate id (see lib/content/rates.ts)`);
  const { text, label } = rateFigure(id);
  return (
    <span className="figure" title={label}>
      {text}
    </span>
  );
}
