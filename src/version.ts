declare const __MARSAD_VERSION__: string;

/** The version of this marsad package. */
export const VERSION: string = typeof __MARSAD_VERSION__ === 'string' ? __MARSAD_VERSION__ : '0.0.0-dev';
