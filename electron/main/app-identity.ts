/**
 * The app's identity towards the OS. On Windows, notifications show only for a process whose
 * AppUserModelID matches the one its Start-menu shortcut carries: electron-builder gives the
 * installed shortcut the `appId` of electron-builder.yml, so both must be this string
 * (test/unit/main/app-identity.test.ts compares them).
 */
export const APP_USER_MODEL_ID = 'com.sucaidesk.app';
