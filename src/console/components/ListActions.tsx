// The buttons of a console list page: Delete (for exactly one ticked row) and Create.
import { Button } from './Button.js';

export type ListControl = 'create' | 'delete' | 'search' | 'table';

/** The page's controls in Tab order; a disabled Delete is skipped, as the browser skips it. */
export function listControls(canDelete: boolean): ListControl[] {
  return canDelete ? ['create', 'delete', 'search', 'table'] : ['create', 'search', 'table'];
}

export interface ListActionsProps {
  createLabel: string;
  /** The one ticked row's name; Delete is unavailable unless exactly one is ticked. */
  selected: readonly string[];
  is(control: ListControl): boolean;
  onDelete(name: string): void;
  onCreate(): void;
}

export function ListActions({ createLabel, selected, is, onDelete, onCreate }: ListActionsProps) {
  return (
    <>
      <Button label="Delete" focused={is('delete')} disabled={selected.length !== 1} onPress={() => onDelete(selected[0]!)} />
      <Button label={createLabel} primary focused={is('create')} onPress={onCreate} />
    </>
  );
}
