/**
 * Electron main entry (built to out/main/index.js). Everything happens in runApp(); this file
 * exists so that importing any other main module never starts the app as a side effect.
 */
import { runApp } from './lifecycle';

runApp();
