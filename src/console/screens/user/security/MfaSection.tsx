import { Box, Text } from 'ink';
import type { User } from '../../../../iam/index.js';
import { Button } from '../../../components/Button.js';
import { Container } from '../../../components/Container.js';
import { useTheme } from '../../../theme.js';
import { Muted } from '../Muted.js';

/**
 * Section 2 (facts §2.3): MFA devices, with the console's `Remove`, `Resync` and `Assign MFA device`
 * buttons. Assigning one is not simulated, and the page says so.
 */
export function MfaSection({ user, focused, onAssign }: { user: User; focused: boolean; onAssign(): void }) {
  const theme = useTheme();
  return (
    <Container
      title="Multi-factor authentication (MFA)"
      count={user.mfaDevices.length}
      description="Use MFA to increase the security of your AWS environment. Signing in with MFA requires an authentication code from an MFA device. Each user can have a maximum of 8 MFA devices assigned."
      actions={
        <>
          {/* Remove and Resync act on the selected device; with none to select they stay unavailable. */}
          <Button label="Remove" focused={false} disabled onPress={() => undefined} />
          <Button label="Resync" focused={false} disabled onPress={() => undefined} />
          <Button label="Assign MFA device" focused={focused} onPress={onAssign} />
        </>
      }
    >
      <Text bold color={theme.colour.heading}>
        {'  Type            Identifier              Certifications  Created on'}
      </Text>
      {user.mfaDevices.length === 0 ? (
        <Box marginLeft={2}>
          <Text>No MFA devices. Assign an MFA device to improve the security of your AWS environment</Text>
        </Box>
      ) : (
        user.mfaDevices.map((device) => <Text key={device.serialNumber}>{`  Virtual         ${device.serialNumber}`}</Text>)
      )}
      <Muted>Assigning MFA devices is not simulated in iamtutor.</Muted>
    </Container>
  );
}
