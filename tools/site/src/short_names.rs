//! Short names for what the release wasm and its wasm-bindgen glue share: the imports and exports between them.
//
// wasm-bindgen names every import after its Rust path with a hash (`__wbg_setAttribute_…`) and
// every closure export after its full type, and each name stands twice on the wire: in the wasm
// and in the glue. The hashes barely compress. Renaming both sides consistently after the
// build saves about 4 KB brotli (docs/release.md, Short names).

use std::collections::{HashMap, HashSet};
use std::fmt;

/// The export the glue and the page know by name, kept as it is.
const KEPT_EXPORT: &str = "memory";

/// Why the names could not be shortened.
#[derive(Debug, PartialEq, Eq)]
pub enum ShortNamesError {
    /// The file does not start with the wasm magic number and version 1.
    NotWasm,
    /// The wasm ends inside a section or an entry; the offset where it was cut.
    Truncated(usize),
    /// A name in the wasm is not UTF-8; the offset of the name.
    BadName(usize),
    /// An import of a kind this step does not know (the kind's byte, the offset).
    UnknownImportKind(u8, usize),
    /// The glue never names a module the wasm imports from (as a quoted string).
    ModuleNotInGlue(String),
}

impl fmt::Display for ShortNamesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShortNamesError::NotWasm => write!(f, "not a wasm module (version 1)"),
            ShortNamesError::Truncated(at) => write!(f, "the wasm ends early, at byte {at}"),
            ShortNamesError::BadName(at) => write!(f, "the name at byte {at} is not UTF-8"),
            ShortNamesError::UnknownImportKind(kind, at) => {
                write!(f, "unknown import kind {kind:#04x} at byte {at}")
            }
            ShortNamesError::ModuleNotInGlue(module) => {
                write!(f, "the glue does not name the imported module \"{module}\"")
            }
        }
    }
}

/// A reader of the wasm's bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Where `bytes` start in the file, for the offsets errors name.
    base: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, ShortNamesError> {
        let byte = *self
            .bytes
            .get(self.at)
            .ok_or(ShortNamesError::Truncated(self.base + self.at))?;
        self.at += 1;
        Ok(byte)
    }

    fn leb(&mut self) -> Result<u32, ShortNamesError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ShortNamesError::Truncated(self.base + self.at))
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], ShortNamesError> {
        let end = self
            .at
            .checked_add(len)
            .filter(|&end| end <= self.bytes.len())
            .ok_or(ShortNamesError::Truncated(self.base + self.bytes.len()))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    fn name(&mut self) -> Result<&'a str, ShortNamesError> {
        let at = self.base + self.at;
        let len = self.leb()? as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| ShortNamesError::BadName(at))
    }

    /// Limits: a flag, the minimum and, if the flag says so, the maximum.
    fn limits(&mut self) -> Result<(), ShortNamesError> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }

    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }
}

fn push_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

/// An entry of the import section.
struct Import<'a> {
    module: &'a str,
    field: &'a str,
    /// The bytes of what is imported, as they are.
    what: &'a [u8],
}

/// A section of the module.
struct Section<'a> {
    id: u8,
    /// Where the body starts in the file.
    start: usize,
    body: &'a [u8],
}

/// The names a wasm imports and exports.
#[derive(Debug, PartialEq, Eq)]
pub struct Names {
    /// Each import's module and field, in order.
    pub imports: Vec<(String, String)>,
    /// Each export's name, in order.
    pub exports: Vec<String>,
}

/// A section's entries: a count, then each entry as `entry` reads it.
fn entries<'a, T>(
    body: &'a [u8],
    base: usize,
    mut entry: impl FnMut(&mut Reader<'a>) -> Result<T, ShortNamesError>,
) -> Result<Vec<T>, ShortNamesError> {
    let mut reader = Reader {
        bytes: body,
        at: 0,
        base,
    };
    let count = reader.leb()?;
    (0..count).map(|_| entry(&mut reader)).collect()
}

/// The import section's entries.
fn imports(body: &[u8], base: usize) -> Result<Vec<Import<'_>>, ShortNamesError> {
    entries(body, base, |reader| {
        let module = reader.name()?;
        let field = reader.name()?;
        let start = reader.at;
        match reader.byte()? {
            // A function or a tag: its type.
            0x00 => {
                reader.leb()?;
            }
            0x04 => {
                reader.byte()?;
                reader.leb()?;
            }
            // A table: its element type, then limits.
            0x01 => {
                reader.byte()?;
                reader.limits()?;
            }
            0x02 => reader.limits()?,
            // A global: its value type and mutability.
            0x03 => {
                reader.take(2)?;
            }
            kind => return Err(ShortNamesError::UnknownImportKind(kind, base + start)),
        }
        Ok(Import {
            module,
            field,
            what: &body[start..reader.at],
        })
    })
}

/// The export section's entries: name, and the bytes of what is exported.
fn exports(body: &[u8], base: usize) -> Result<Vec<(&str, &[u8])>, ShortNamesError> {
    entries(body, base, |reader| {
        let name = reader.name()?;
        let start = reader.at;
        reader.byte()?;
        reader.leb()?;
        Ok((name, &body[start..reader.at]))
    })
}

/// The module's sections.
fn sections(wasm: &[u8]) -> Result<Vec<Section<'_>>, ShortNamesError> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err(ShortNamesError::NotWasm);
    }
    let mut reader = Reader {
        bytes: wasm,
        at: 8,
        base: 0,
    };
    let mut found = Vec::new();
    while !reader.done() {
        let id = reader.byte()?;
        let len = reader.leb()? as usize;
        let start = reader.at;
        let body = reader.take(len)?;
        found.push(Section { id, start, body });
    }
    Ok(found)
}

const IMPORTS: u8 = 2;
const EXPORTS: u8 = 7;

/// Every name the wasm imports (module and field) and exports, in its order.
pub fn names(wasm: &[u8]) -> Result<Names, ShortNamesError> {
    let mut names = Names {
        imports: Vec::new(),
        exports: Vec::new(),
    };
    for Section { id, start, body } in sections(wasm)? {
        match id {
            IMPORTS => names.imports.extend(
                imports(body, start)?
                    .into_iter()
                    .map(|i| (i.module.to_owned(), i.field.to_owned())),
            ),
            EXPORTS => names
                .exports
                .extend(exports(body, start)?.into_iter().map(|(n, _)| n.to_owned())),
            _ => {}
        }
    }
    Ok(names)
}

fn is_identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// The identifier-like words of a script, strings and comments included: whatever a new name
/// must not be.
fn words(script: &str) -> HashSet<&str> {
    script
        .split(|c: char| !is_identifier_char(c))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The shortest names, in order, that are not among `taken`: `a` … `Z`, `aa` …
struct Fresh<'a> {
    taken: &'a HashSet<&'a str>,
    next: usize,
}

impl Fresh<'_> {
    const LETTERS: &'static [u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    fn name(&mut self) -> String {
        loop {
            let mut n = self.next;
            self.next += 1;
            let mut name = String::new();
            loop {
                name.insert(0, char::from(Self::LETTERS[n % 52]));
                n /= 52;
                if n == 0 {
                    break;
                }
                n -= 1;
            }
            if !self.taken.contains(name.as_str()) {
                return name;
            }
        }
    }
}

/// Replaces every whole word of `script` that `renamed` names by its new name.
fn rename_words(script: &str, renamed: &HashMap<&str, String>) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(start) = rest.find(is_identifier_char) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(|c| !is_identifier_char(c)).unwrap_or(rest.len());
        let word = &rest[..end];
        out.push_str(renamed.get(word).map_or(word, String::as_str));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The wasm and its glue with every import's module and field and every export but `memory`
/// renamed to a short name, consistently on both sides. A glue word that already is a short
/// name is never given to another, so that the glue's own names stay what they were.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), ShortNamesError> {
    let sections = sections(wasm)?;
    let taken = words(glue);
    let mut fresh = Fresh {
        taken: &taken,
        next: 0,
    };
    let mut modules: HashMap<&str, String> = HashMap::new();
    let mut renamed: HashMap<&str, String> = HashMap::new();
    let mut out = wasm[..8].to_vec();
    for &Section { id, start, body } in &sections {
        let body = match id {
            IMPORTS => {
                let entries = imports(body, start)?;
                let mut new = Vec::new();
                push_leb(&mut new, entries.len() as u32);
                for Import {
                    module,
                    field,
                    what,
                } in entries
                {
                    let short_module = match modules.get(module) {
                        Some(short) => short.clone(),
                        None => {
                            if !glue.contains(&format!("\"{module}\"")) {
                                return Err(ShortNamesError::ModuleNotInGlue(module.to_owned()));
                            }
                            let short = fresh.name();
                            modules.insert(module, short.clone());
                            short
                        }
                    };
                    let short_field = renamed.entry(field).or_insert_with(|| fresh.name()).clone();
                    push_name(&mut new, &short_module);
                    push_name(&mut new, &short_field);
                    new.extend_from_slice(what);
                }
                new
            }
            EXPORTS => {
                let entries = exports(body, start)?;
                let mut new = Vec::new();
                push_leb(&mut new, entries.len() as u32);
                for (name, what) in entries {
                    let short = if name == KEPT_EXPORT {
                        name.to_owned()
                    } else {
                        renamed.entry(name).or_insert_with(|| fresh.name()).clone()
                    };
                    push_name(&mut new, &short);
                    new.extend_from_slice(what);
                }
                new
            }
            _ => body.to_vec(),
        };
        out.push(id);
        push_leb(&mut out, body.len() as u32);
        out.extend_from_slice(&body);
    }
    let mut glue = rename_words(glue, &renamed);
    for (module, short) in &modules {
        glue = glue.replace(&format!("\"{module}\""), &format!("\"{short}\""));
    }
    Ok((out, glue))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from the glue and exporting its memory, a function
    /// and a table.
    fn module(imports: &[(&str, &str)], exports: &[(&str, u8)]) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // One type: () -> ().
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut body = Vec::new();
        push_leb(&mut body, imports.len() as u32);
        for (module, field) in imports {
            push_name(&mut body, module);
            push_name(&mut body, field);
            body.extend_from_slice(&[0x00, 0]);
        }
        wasm.push(IMPORTS);
        push_leb(&mut wasm, body.len() as u32);
        wasm.extend_from_slice(&body);
        let mut body = Vec::new();
        push_leb(&mut body, exports.len() as u32);
        for (name, kind) in exports {
            push_name(&mut body, name);
            body.extend_from_slice(&[*kind, 0]);
        }
        wasm.push(EXPORTS);
        push_leb(&mut wasm, body.len() as u32);
        wasm.extend_from_slice(&body);
        wasm
    }

    const GLUE: &str = r#"function __wbg_get_imports() {
    const import0 = {
        __wbg_log_0123456789abcdef: function(arg0) { console.log(arg0); },
        __wbg_now_fedcba9876543210: function() { return Date.now(); },
    };
    return { "./app_bg.js": import0 };
}
function closure_invoke_long_name(a) { wasm.closure_invoke_long_name(a); }
function start() { const b = wasm.memory; wasm.__wbindgen_start(); closure_invoke_long_name(1); }
"#;

    fn example() -> Vec<u8> {
        module(
            &[
                ("./app_bg.js", "__wbg_log_0123456789abcdef"),
                ("./app_bg.js", "__wbg_now_fedcba9876543210"),
            ],
            &[
                ("memory", 2),
                ("__wbindgen_start", 0),
                ("closure_invoke_long_name", 0),
            ],
        )
    }

    #[test]
    fn both_sides_get_the_same_short_names() {
        let (wasm, glue) = shorten(&example(), GLUE).unwrap();
        let Names {
            imports: imported,
            exports: exported,
        } = names(&wasm).unwrap();
        // `a` and `b` are words of the glue already, so the first fresh name is `c`.
        assert_eq!(
            imported,
            [
                ("c".to_owned(), "d".to_owned()),
                ("c".to_owned(), "e".to_owned())
            ]
        );
        assert_eq!(exported, ["memory", "f", "g"]);
        assert!(glue.contains("        d: function(arg0) { console.log(arg0); },"));
        assert!(glue.contains("        e: function() { return Date.now(); },"));
        assert!(glue.contains(r#"return { "c": import0 };"#));
        assert!(glue.contains("function g(a) { wasm.g(a); }"));
        assert!(glue.contains("const b = wasm.memory; wasm.f(); g(1);"));
        assert!(!glue.contains("__wbg_log") && !glue.contains("closure_invoke"));
        assert!(glue.contains("function __wbg_get_imports()"));
    }

    #[test]
    fn the_other_sections_are_kept_byte_for_byte() {
        let original = example();
        let (wasm, _) = shorten(&original, GLUE).unwrap();
        // The magic number, the version and the type section.
        assert_eq!(wasm[..14], original[..14]);
        assert!(wasm.len() < original.len());
    }

    #[test]
    fn a_module_the_glue_does_not_name_is_an_error() {
        let wasm = module(&[("env", "abort")], &[]);
        let error = shorten(&wasm, GLUE).unwrap_err();
        assert_eq!(error, ShortNamesError::ModuleNotInGlue("env".to_owned()));
        assert_eq!(
            error.to_string(),
            "the glue does not name the imported module \"env\""
        );
    }

    #[test]
    fn broken_modules_are_named_errors() {
        assert_eq!(
            shorten(b"<html>", GLUE).unwrap_err().to_string(),
            "not a wasm module (version 1)"
        );
        let mut cut = example();
        cut.truncate(cut.len() - 3);
        assert_eq!(
            shorten(&cut, GLUE).unwrap_err().to_string(),
            format!("the wasm ends early, at byte {}", cut.len())
        );
        // One import of module `m`, field `f`, of kind 9, which is no kind.
        let mut odd = b"\0asm\x01\0\0\0".to_vec();
        odd.extend_from_slice(&[IMPORTS, 6, 1, 1, b'm', 1, b'f', 0x09]);
        assert_eq!(
            names(&odd).unwrap_err().to_string(),
            "unknown import kind 0x09 at byte 15"
        );
        // One export whose two-byte name is not UTF-8.
        let mut bad = b"\0asm\x01\0\0\0".to_vec();
        bad.extend_from_slice(&[EXPORTS, 6, 1, 2, 0xff, 0xfe, 0, 0]);
        assert_eq!(
            names(&bad).unwrap_err().to_string(),
            "the name at byte 11 is not UTF-8"
        );
    }

    #[test]
    fn fresh_names_run_through_one_then_two_letters() {
        let taken = HashSet::from(["b"]);
        let mut fresh = Fresh {
            taken: &taken,
            next: 0,
        };
        let first: Vec<String> = (0..53).map(|_| fresh.name()).collect();
        assert_eq!(first[..2], ["a", "c"]);
        assert_eq!(first[50], "Z");
        assert_eq!(first[51], "aa");
        assert_eq!(first[52], "ab");
    }
}
