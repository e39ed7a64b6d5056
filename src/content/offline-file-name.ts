/** The offline copy's file name, next to index.html on the deployed site (also used by the build). */
export const OFFLINE_FILE_NAME = 'ice-cities-map-offline.html';
