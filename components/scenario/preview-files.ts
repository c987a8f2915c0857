// The files the instructor preview is editing (name -> text), as a reducer.
export type PreviewFiles = { name: string; text: string }[];

export type PreviewFilesAction =
  | { type: 'set'; name: string; text: string }
  | { type: 'add'; files: PreviewFiles }
  | { type: 'remove'; name: string }
  | { type: 'replace'; files: PreviewFiles };

export function previewFilesReducer(files: PreviewFiles, action: PreviewFilesAction): PreviewFiles {
  switch (action.type) {
    case 'set':
      return files.some((f) => f.name === action.name) ? files.map((f) => (f.name === action.name ? { ...f, text: action.text } : f)) : [...files, { name: action.name, text: action.text }];
    case 'add': {
      let out = files;
      for (const f of action.files) out = previewFilesReducer(out, { type: 'set', name: f.name, text: f.text });
      return out;
    }
    case 'remove':
      return files.filter((f) => f.name !== action.name);
    case 'replace':
      return action.files;
  }
}
