// The web client's version; keep it equal to project(VERSION) in the top-level CMakeLists.txt.
export const APP_VERSION = '0.1.0';
