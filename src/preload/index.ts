import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from '../shared/ipc';
import { METHOD_NAMES } from '../shared/contract';
import { createBridge } from './bridge';

// The page gets two things and nothing else: invoke() for the contract's methods and their names.
// ipcRenderer itself never crosses the bridge.
contextBridge.exposeInMainWorld(
  'counterpoint',
  createBridge((method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input), METHOD_NAMES),
);
