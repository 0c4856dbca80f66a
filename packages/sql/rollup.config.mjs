import { defineLibraryConfig } from '../../rollup.config.base.mjs';

export default defineLibraryConfig();
