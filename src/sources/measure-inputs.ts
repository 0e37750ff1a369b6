import { stat } from 'node:fs/promises';
import { walkFolder, type FileFilter } from './walk-folder.js';

/**
 * Total bytes of the file and folder inputs, for a progress ETA: the same walk and filter the reader uses,
 * stat only, run beside the real work. null when an input's size cannot be known (stdin, URL lists).
 */
export async function measureInputs(inputs: readonly string[], filter: FileFilter = {}): Promise<number | null> {
  let bytes = 0;
  for (const input of inputs) {
    if (input === '-') return null;
    let info;
    try {
      info = await stat(input);
    } catch {
      continue;
    }
    if (!info.isDirectory()) {
      bytes += info.size;
      continue;
    }
    for await (const entry of walkFolder(input, filter)) {
      if (!entry.ok) continue;
      try {
        bytes += (await stat(entry.path)).size;
      } catch {
        // unreadable: the reader reports it
      }
    }
  }
  return bytes;
}
