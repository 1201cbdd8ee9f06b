import { Box } from 'ink';
import type { PasswordPolicy } from '../../../iam/index.js';
import { checkPassword } from '../../../store/index.js';
import { Checkbox } from '../../components/Checkbox.js';
import { PasswordRules } from '../../components/PasswordRules.js';
import { TextField } from '../../components/TextField.js';
import type { Draft } from './draft.js';

interface Props {
  draft: Draft;
  update(patch: Partial<Draft>): void;
  policy: PasswordPolicy | null;
  fieldFocused: boolean;
  showFocused: boolean;
  /** Next was pressed: an unmet rule is now an error, not just a hint. */
  attempted: boolean;
  width: number;
}

/**
 * The `Custom password` box: masked unless `Show password` is ticked, with the rules of the
 * account's effective password policy ticking ✓ as the learner types. The marks are characters,
 * so they read the same without colour.
 */
export function CustomPasswordField({ draft, update, policy, fieldFocused, showFocused, attempted, width }: Props) {
  const results = checkPassword(policy, draft.customPassword, { userName: draft.userName });
  const unmet = results.some((result) => !result.met);
  return (
    <Box flexDirection="column" marginTop={1} marginLeft={2}>
      <TextField
        label="Custom password"
        value={draft.customPassword}
        onChange={(customPassword) => update({ customPassword })}
        focused={fieldFocused}
        mask={draft.showPassword ? undefined : '*'}
        error={attempted && unmet ? 'The password does not meet every rule of the password policy below.' : null}
        maxLength={128}
        width={width - 2}
      />
      <Box flexDirection="column" paddingLeft={1}>
        <PasswordRules rules={results} />
      </Box>
      <Checkbox
        label="Show password"
        checked={draft.showPassword}
        focused={showFocused}
        onChange={(showPassword) => update({ showPassword })}
      />
    </Box>
  );
}
