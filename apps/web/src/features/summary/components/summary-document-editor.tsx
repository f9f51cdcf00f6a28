import { Button, Flex, Input, Tooltip } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTextChange, hasMark, lineText, newLineId, splitRuns, toggleMark, type EditorLine } from '../utils/editor-model';

interface Selection {
  line: number;
  from: number;
  to: number;
}

/**
 * The office's editor of one section: a list of lines (paragraphs or bullets), each a plain
 * textarea. B / I act on the selected characters of the active line (or Ctrl+B / Ctrl+I), Enter
 * splits a line, Backspace at its start joins it to the previous one. The value is the line list;
 * the caller writes it back as the JSON document model.
 */
export function SummaryDocumentEditor({ lines, onChange, label }: { lines: EditorLine[]; onChange: (lines: EditorLine[]) => void; label: string }) {
  const { t } = useTranslation();
  const refs = useRef(new Map<string, TextAreaRef | null>());
  const [selection, setSelection] = useState<Selection>({ line: 0, from: 0, to: 0 });
  const [focusRequest, setFocusRequest] = useState<{ id: string; caret: number } | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const area = refs.current.get(focusRequest.id)?.resizableTextArea?.textArea;
    if (area) {
      area.focus();
      area.setSelectionRange(focusRequest.caret, focusRequest.caret);
    }
    setFocusRequest(null);
  }, [focusRequest]);

  const active = Math.min(selection.line, lines.length - 1);
  const activeLine = lines[active];

  const readSelection = (index: number) => {
    const area = refs.current.get(lines[index]!.id)?.resizableTextArea?.textArea;
    if (area) setSelection({ line: index, from: area.selectionStart, to: area.selectionEnd });
  };

  const replace = (index: number, line: EditorLine) => onChange(lines.map((l, i) => (i === index ? line : l)));

  const toggle = (mark: 'bold' | 'italic') => {
    if (!activeLine) return;
    const area = refs.current.get(activeLine.id)?.resizableTextArea?.textArea;
    const from = area ? area.selectionStart : selection.from;
    const to = area ? area.selectionEnd : selection.to;
    // without a selection the whole line is formatted
    const [a, b] = to > from ? [from, to] : [0, lineText(activeLine.runs).length];
    replace(active, { ...activeLine, runs: toggleMark(activeLine.runs, a, b, mark) });
    setFocusRequest(null);
    area?.focus();
    area?.setSelectionRange(from, to);
  };

  const toggleBullet = () => {
    if (!activeLine) return;
    replace(active, { ...activeLine, kind: activeLine.kind === 'bullet' ? 'paragraph' : 'bullet' });
  };

  const addLine = () => {
    const kind = activeLine?.kind ?? 'paragraph';
    const line: EditorLine = { id: newLineId(), kind, runs: [] };
    const at = lines.length ? active + 1 : 0;
    onChange([...lines.slice(0, at), line, ...lines.slice(at)]);
    setSelection({ line: at, from: 0, to: 0 });
    setFocusRequest({ id: line.id, caret: 0 });
  };

  const removeLine = () => {
    if (!activeLine) return;
    const next = lines.filter((_, i) => i !== active);
    const kept = next.length ? next : [{ id: newLineId(), kind: 'paragraph' as const, runs: [] }];
    onChange(kept);
    const target = Math.max(0, active - 1);
    setSelection({ line: target, from: 0, to: 0 });
    setFocusRequest({ id: kept[target]!.id, caret: 0 });
  };

  const onKeyDown = (index: number, event: KeyboardEvent<HTMLTextAreaElement>) => {
    const line = lines[index]!;
    const area = event.currentTarget;
    if ((event.ctrlKey || event.metaKey) && (event.key === 'b' || event.key === 'i')) {
      event.preventDefault();
      setSelection({ line: index, from: area.selectionStart, to: area.selectionEnd });
      const mark = event.key === 'b' ? 'bold' : 'italic';
      if (area.selectionEnd > area.selectionStart) {
        replace(index, { ...line, runs: toggleMark(line.runs, area.selectionStart, area.selectionEnd, mark) });
      }
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const [before, after] = splitRuns(line.runs, area.selectionStart);
      const fresh: EditorLine = { id: newLineId(), kind: line.kind, runs: after };
      onChange([...lines.slice(0, index), { ...line, runs: before }, fresh, ...lines.slice(index + 1)]);
      setSelection({ line: index + 1, from: 0, to: 0 });
      setFocusRequest({ id: fresh.id, caret: 0 });
      return;
    }
    if (event.key === 'Backspace' && index > 0 && area.selectionStart === 0 && area.selectionEnd === 0) {
      event.preventDefault();
      const previous = lines[index - 1]!;
      const caret = lineText(previous.runs).length;
      const joined = { ...previous, runs: [...previous.runs, ...line.runs] };
      onChange([...lines.slice(0, index - 1), joined, ...lines.slice(index + 1)]);
      setSelection({ line: index - 1, from: caret, to: caret });
      setFocusRequest({ id: previous.id, caret });
    }
  };

  const selectionOnActive = selection.line === active ? selection : { from: 0, to: 0 };
  const boldOn = activeLine ? hasMark(activeLine.runs, selectionOnActive.from, selectionOnActive.to, 'bold') : false;
  const italicOn = activeLine ? hasMark(activeLine.runs, selectionOnActive.from, selectionOnActive.to, 'italic') : false;
  // keep the textarea's selection when a toolbar button is pressed
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();

  return (
    <div className="gb-summary-editor" role="group" aria-label={label}>
      <Flex wrap gap={4} className="gb-summary-toolbar" role="toolbar" aria-label={t('summary.editor.toolbar')}>
        <Tooltip title={t('summary.editor.boldHint')}>
          <Button size="small" aria-label={t('summary.editor.bold')} aria-pressed={boldOn} type={boldOn ? 'primary' : 'default'} onMouseDown={keepFocus} onClick={() => toggle('bold')}>
            <strong aria-hidden>B</strong>
          </Button>
        </Tooltip>
        <Tooltip title={t('summary.editor.italicHint')}>
          <Button size="small" aria-label={t('summary.editor.italic')} aria-pressed={italicOn} type={italicOn ? 'primary' : 'default'} onMouseDown={keepFocus} onClick={() => toggle('italic')}>
            <em aria-hidden style={{ fontFamily: 'Georgia, serif' }}>I</em>
          </Button>
        </Tooltip>
        <Button size="small" aria-pressed={activeLine?.kind === 'bullet'} type={activeLine?.kind === 'bullet' ? 'primary' : 'default'} onMouseDown={keepFocus} onClick={toggleBullet}>
          {t('summary.editor.bullet')}
        </Button>
        <Button size="small" onMouseDown={keepFocus} onClick={addLine}>
          {t('summary.editor.addLine')}
        </Button>
        <Button size="small" danger onMouseDown={keepFocus} onClick={removeLine}>
          {t('summary.editor.removeLine')}
        </Button>
      </Flex>
      <ol className="gb-summary-lines">
        {lines.map((line, index) => (
          <li key={line.id} className={`gb-summary-line gb-summary-line-${line.kind} ${index === active ? 'gb-summary-line-active' : ''}`}>
            <span aria-hidden className="gb-summary-line-marker">
              {line.kind === 'bullet' ? '–' : '¶'}
            </span>
            <Input.TextArea
              ref={(node) => {
                refs.current.set(line.id, node);
              }}
              aria-label={t(line.kind === 'bullet' ? 'summary.editor.bulletLabel' : 'summary.editor.paragraphLabel', { n: index + 1 })}
              value={lineText(line.runs)}
              rows={1}
              className="gb-summary-line-input"
              onChange={(event) => {
                replace(index, { ...line, runs: applyTextChange(line.runs, event.target.value.replace(/[\r\n]+/g, ' ')) });
                setSelection({ line: index, from: event.target.selectionStart, to: event.target.selectionEnd });
              }}
              onFocus={() => readSelection(index)}
              onSelect={() => readSelection(index)}
              onKeyDown={(event) => onKeyDown(index, event)}
            />
          </li>
        ))}
      </ol>
      <p className="gb-muted gb-summary-editor-hint">{t('summary.editor.hint')}</p>
    </div>
  );
}
