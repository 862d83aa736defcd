import type { MessageValue } from '../messages.ts';
import type { twoFactor as pl } from '../pl/twoFactor.ts';

export const twoFactor: Record<keyof typeof pl, MessageValue> = {
  'twoFactor.heading': 'Two-step verification',
  'twoFactor.lead':
    'When you sign in, you give your password and a 6-digit code from an authenticator app on your phone (e.g. FreeOTP, Google Authenticator, Microsoft Authenticator).',
  'twoFactor.statusLabel': 'Status',
  'twoFactor.statusOn': 'on since {date}',
  'twoFactor.statusOff': 'off',
  'twoFactor.statusPending': 'setup started, not finished',
  'twoFactor.recoveryLeftLabel': 'Unused recovery codes',
  'twoFactor.rolesAwaiting':
    'You hold the roles: {roles}. They work only once two-step verification is on — until then you use the account as a regular user.',
  'twoFactor.mandatory': 'Two-step verification is required for the roles: {roles}.',
  'twoFactor.setUp': 'Turn on two-step verification',
  'twoFactor.continueSetup': 'Finish turning on two-step verification',
  'twoFactor.manage': 'New recovery codes or turning verification off',
  'twoFactor.setupTitle': 'Turning on two-step verification',
  'twoFactor.setupIntro':
    'You need an authenticator app on your phone. Once you start, we show a QR code for it to scan.',
  'twoFactor.start': 'Start',
  'twoFactor.scanHeading': 'Step 1. Add the account to your app',
  'twoFactor.scanLead': 'Scan the QR code with your authenticator app.',
  'twoFactor.qrAlt':
    'QR code with the two-step verification key for the account {email} on Portal Klastrów. If you cannot scan it, type the key shown below the code.',
  'twoFactor.manualEntry': 'Cannot scan the code? Type this key into the app (type: time-based):',
  'twoFactor.confirmHeading': 'Step 2. Confirm with a code',
  'twoFactor.code': 'Code from the app',
  'twoFactor.codeHint': '6 digits. The code changes every 30 seconds.',
  'twoFactor.confirm': 'Turn on two-step verification',
  'twoFactor.restartLead': 'Could not add the account to your app? You can start again with a new key.',
  'twoFactor.restart': 'Start again',
  'twoFactor.codesTitle': 'Recovery codes',
  'twoFactor.enabled': 'Two-step verification is on.',
  'twoFactor.codesLead':
    'Here are 10 recovery codes. Each one stands in once for a code from the app when you cannot use it (e.g. after losing your phone).',
  'twoFactor.codesAdvice':
    'Save them now and keep them somewhere safe — in a password manager or printed. We will not show them again.',
  'twoFactor.codesListLabel': 'Your recovery codes',
  'twoFactor.codesDone': 'I have saved the codes — go to my account',
  'twoFactor.regenerateHeading': 'New recovery codes',
  'twoFactor.regenerateLead':
    'Make new codes when you have used up the old ones or fear someone has seen them. The current codes stop working.',
  'twoFactor.regenerate': 'Make new codes',
  'twoFactor.disableHeading': 'Turning two-step verification off',
  'twoFactor.disableLead': 'Once it is off, your password alone signs you in.',
  'twoFactor.disable': 'Turn off two-step verification',
  'twoFactor.disableBlocked':
    'You cannot turn off two-step verification while you hold the roles: {roles}. These roles work only with two-step verification.',
  'twoFactor.disabled': 'Two-step verification has been turned off.',
  'twoFactor.backToAccount': 'Back to your account',
  'twoFactor.verifyTitle': 'Two-step verification',
  'twoFactor.verifyLead':
    'Give the 6-digit code from your authenticator app. If you cannot use the app, type one of your recovery codes.',
  'twoFactor.verifyCode': 'Code from the app or recovery code',
  'twoFactor.verifyHint': 'For example 123456 or abcde-fghij.',
  'twoFactor.verifySubmit': 'Confirm',
  'twoFactor.codeRequired': 'Enter the code.',
  'twoFactor.codeInvalid':
    'This code is not valid. Enter the current code from the app; if it still does not match, check that the phone’s clock is right.',
  'twoFactor.codeOrRecoveryInvalid': 'This code is not valid, or this recovery code has already been used.',
  'twoFactor.alreadyEnabled': 'Two-step verification is already on.',
  'twoFactor.notEnabled': 'Two-step verification is not on.',
  'twoFactor.notStarted': 'Start setting up two-step verification first.',
  'twoFactor.cancelSignIn': 'Cancel sign-in',
};
