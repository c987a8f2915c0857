'use client';
// The behaviour both class editors (scenario, quiz item) share: the live check a moment after typing
// stops, the jump to a clicked problem, and the page refreshed after a save or a publish.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type Dispatch, type RefObject } from 'react';
import type { ValidationState } from '../../lib/classes/authoring-state';
import type { CodeEditorHandle } from '../sandbox/editor/code-editor';
import type { EditorAction, EditorState } from './scenario-editor-state';

const VALIDATE_DELAY_MS = 500;

/**
 * Asks the server to check the text (`check`) each time `changed` changes, once typing has paused; only
 * the answer to the latest text is kept. A failed call is reported as `failure`, never thrown.
 */
export function useLiveValidation(dispatch: Dispatch<EditorAction>, check: () => Promise<ValidationState>, changed: unknown, failure: string): void {
  const ticket = useRef(0);
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  });
  useEffect(() => {
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      dispatch({ type: 'checking' });
      latest.current().then(
        (result) => {
          if (mine === ticket.current) dispatch({ type: 'validated', result });
        },
        () => {
          if (mine === ticket.current) dispatch({ type: 'validated', result: { status: 'error', message: failure } });
        },
      );
    }, VALIDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changed, dispatch, failure]);
}

/** A problem clicked in the list: put the editor's cursor on it (the reducer has already shown its file). */
export function useJumpToProblem(jump: EditorState['jump'], dispatch: Dispatch<EditorAction>, editor: RefObject<CodeEditorHandle | null>): void {
  useEffect(() => {
    if (!jump) return;
    dispatch({ type: 'jumped' });
    if (jump.line !== undefined) {
      const start = { line: jump.line, column: jump.column ?? 1 };
      requestAnimationFrame(() => {
        editor.current?.selectRange({ start, end: start });
        editor.current?.focus();
      });
    }
  }, [jump, dispatch, editor]);
}

/**
 * After the first save the new item has a page of its own (`firstSavePage`); after later saves and after a
 * publish, the page fetches the new version.
 */
export function useRefreshAfterSave(saved: { status: string }, published: { status: string }, firstSavePage: string | null): void {
  const router = useRouter();
  useEffect(() => {
    if (saved.status !== 'saved') return;
    if (firstSavePage) router.replace(firstSavePage);
    else router.refresh();
  }, [saved, firstSavePage, router]);
  useEffect(() => {
    if (published.status === 'published') router.refresh();
  }, [published, router]);
}

/**
 * The "new" page's requestId (issue 16), made once when the editor mounts and sent with every save until
 * the page moves to the new item's own: the server makes the item once (a double click, a resend after a
 * timeout) and takes a save sent again as a save of it. Nothing once the item exists (its id says which).
 */
export function useNewItemRequestId(isNew: boolean): { requestId?: string } {
  const [fields] = useState(() => ({ requestId: crypto.randomUUID() }));
  return isNew ? fields : NO_FIELDS;
}

const NO_FIELDS = {};
