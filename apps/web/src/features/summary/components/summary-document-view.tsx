import type { SummaryDocument, SummaryRun } from '@giao-ban/shared';

/** Runs as text nodes in <strong>/<em>: the model is never turned into HTML. */
export function SummaryRuns({ runs }: { runs: SummaryRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: React.ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

/** A section's text as the export prints it: paragraphs and bullet lists. */
export function SummaryDocumentView({ document, emptyText }: { document: SummaryDocument; emptyText?: string }) {
  if (!document.blocks.length) return emptyText ? <p className="gb-summary-empty-text">{emptyText}</p> : null;
  return (
    <div className="gb-summary-doc">
      {document.blocks.map((block, index) =>
        block.type === 'bullets' ? (
          <ul key={index}>
            {block.items.map((item, i) => (
              <li key={i}>
                <SummaryRuns runs={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            <SummaryRuns runs={block.runs} />
          </p>
        ),
      )}
    </div>
  );
}
