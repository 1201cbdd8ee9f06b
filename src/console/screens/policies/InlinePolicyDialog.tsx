import { useState } from 'react';
import type { PolicyDocument } from '../../../iam/index.js';
import { Button } from '../../components/Button.js';
import { fromText } from '../../components/json-editing.js';
import { JsonEditor } from '../../components/JsonEditor.js';
import { DialogContent } from '../../components/DialogContent.js';
import { Modal, useModalRoom } from '../../components/Modal.js';
import { ScrollSection } from '../../components/ScrollView.js';
import { useContentSize } from '../../frame/content-size.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useCommands } from '../../input/commands.js';
import { prettyJson } from './policy-rows.js';

interface InlineProps {
  policyName: string;
  document: PolicyDocument;
  onClose(): void;
}

/** An inline policy's JSON: inline policies have no page of their own. */
export function InlinePolicyDialog(props: InlineProps) {
  return (
    <Modal title={`${props.policyName} (Customer inline)`}>
      <InlineBody {...props} />
    </Modal>
  );
}

function InlineBody({ policyName, document, onClose }: InlineProps) {
  const size = useContentSize();
  const room = useModalRoom();
  const [view, setView] = useState(() => fromText(prettyJson(document)));
  const ring = useDialogFocus(['json', 'close'] as const);
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: () => onClose() }]);
  return (
    <DialogContent focused={ring.focused} actions={<Button label="Close" primary focused={ring.is('close')} onPress={onClose} />}>
      <ScrollSection id="json">
        <JsonEditor
          label={`${policyName} policy document`}
          state={view}
          onChange={setView}
          focused={ring.is('json')}
          // The editor's border and the buttons' row with the blank above it take 4 rows.
          height={Math.max(3, Math.min(view.lines.length, (room.rows ?? size.height) - 4))}
          width={size.width - 4}
          readOnly
        />
      </ScrollSection>
    </DialogContent>
  );
}
