/**
 * The Monaco contributions the playground uses, instead of
 * `monaco-editor/features/register.all` (diff editor, GPU rendering, inlay
 * hints, sticky scroll, links, colour picker, quick access and some forty
 * more that a policy editor never shows).
 *
 * Completion needs the suggest controller itself: `features/suggest/register`
 * only brings inline suggestions (`suggestInlineCompletions`); with
 * `register.all` the controller came in by a side door (the inline
 * completions contribution imports it). Without it, Ctrl+Space and typing
 * show no suggestion list at all.
 *
 * The code lens and drop-into-editor contributions come in with the editor
 * core, but their services are registered by modules of their own; without
 * these two imports every new editor throws "depends on UNKNOWN service".
 */
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/editor/contrib/codelens/browser/codeLensCache';
import 'monaco-editor/editor/common/services/treeViewsDndService';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
