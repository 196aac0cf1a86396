export * from './enums';
export * from './clinic';
export * from './services';
export * from './practitioners';
export * from './patients';
export * from './staff';
export * from './appointments';
export * from './requests';
