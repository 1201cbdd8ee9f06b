import { Box, Text } from 'ink';
import type { NumberFieldName, PasswordPolicyForm } from '../../../store/workflows/password-policy.js';
import { Checkbox } from '../../components/Checkbox.js';
import { useTheme } from '../../theme.js';
import { NumberField } from './NumberField.js';
import { STRENGTH_LABELS, SYMBOLS_SHOWN } from './policy-lines.js';

export type CustomControl = NumberFieldName | keyof typeof STRENGTH_LABELS | 'expire' | 'hardExpiry' | 'allowChange' | 'preventReuse';

/** The Tab order of the custom options; a number follows its checkbox only while it is ticked. */
export function customControls(form: PasswordPolicyForm): CustomControl[] {
  return [
    'minimumLength',
    'requireUppercase',
    'requireLowercase',
    'requireNumbers',
    'requireSymbols',
    'expire',
    ...(form.expire ? (['maxAge', 'hardExpiry'] as const) : []),
    'allowChange',
    'preventReuse',
    ...(form.preventReuse ? (['reuseCount'] as const) : []),
  ];
}

interface CustomPolicyFieldsProps {
  form: PasswordPolicyForm;
  onChange(patch: Partial<PasswordPolicyForm>): void;
  is(control: CustomControl): boolean;
  errors: Partial<Record<NumberFieldName, string>>;
  /** Section headings cost two rows; a 24-row terminal leaves them out. */
  headings: boolean;
}

/** The options of a Custom password policy (facts §5.5), numbers beside their checkboxes. */
export function CustomPolicyFields({ form, onChange, is, errors, headings }: CustomPolicyFieldsProps) {
  const theme = useTheme();
  const error = (field: NumberFieldName) =>
    errors[field] ? (
      <Text color={theme.colour.error}>
        {'  '}
        {theme.useColour ? '⚠ ' : 'Error: '}
        {errors[field]}
      </Text>
    ) : null;
  const box = (key: Exclude<CustomControl, NumberFieldName>, label: string, help?: string) => (
    <Checkbox label={label} help={help} checked={form[key]} focused={is(key)} onChange={(checked) => onChange({ [key]: checked })} />
  );

  return (
    <Box flexDirection="column">
      <Box flexWrap="wrap">
        <NumberField
          label="Password minimum length"
          unit="characters (6-128)"
          value={form.minimumLength}
          onChange={(minimumLength) => onChange({ minimumLength })}
          focused={is('minimumLength')}
          digits={3}
        />
        {error('minimumLength')}
      </Box>
      {headings ? <Text bold>Password strength</Text> : null}
      {box('requireUppercase', STRENGTH_LABELS.requireUppercase)}
      {box('requireLowercase', STRENGTH_LABELS.requireLowercase)}
      {box('requireNumbers', STRENGTH_LABELS.requireNumbers)}
      {box('requireSymbols', 'Require at least one nonalphanumeric character', SYMBOLS_SHOWN)}
      {headings ? <Text bold>Other requirements</Text> : null}
      <Box flexWrap="wrap">
        {box('expire', 'Turn on password expiration')}
        {form.expire ? (
          <>
            <Text> </Text>
            <NumberField
              label="Expire passwords in"
              unit="day(s)"
              value={form.maxAge}
              onChange={(maxAge) => onChange({ maxAge })}
              focused={is('maxAge')}
            />
            {error('maxAge')}
          </>
        ) : null}
      </Box>
      {form.expire ? <Box marginLeft={4}>{box('hardExpiry', 'Password expiration requires administrator reset')}</Box> : null}
      {box('allowChange', 'Allow users to change their own password')}
      <Box flexWrap="wrap">
        {box('preventReuse', 'Prevent password reuse')}
        {form.preventReuse ? (
          <>
            <Text> </Text>
            <NumberField
              label="Remember"
              unit="password(s)"
              value={form.reuseCount}
              onChange={(reuseCount) => onChange({ reuseCount })}
              focused={is('reuseCount')}
              digits={2}
            />
            {error('reuseCount')}
          </>
        ) : null}
      </Box>
    </Box>
  );
}
