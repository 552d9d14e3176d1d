//! Splits the linked release wasm (built with `--emit-relocs`) into the main module and one
//! piece per `#[wasm_split]` module, plus the pieces they share, and writes the JS loader.
//! Usage: interviewgids-split <input.wasm> <out dir> <main JS name> <loader JS name>
//! Prints the file names it wrote, one per line, the main module first.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_module, loader] = args.as_slice() else {
        eprintln!(
            "usage: interviewgids-split <input.wasm> <out dir> <main JS name> <loader JS name>"
        );
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(wasm) => wasm,
        Err(e) => {
            eprintln!("cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out_dir = PathBuf::from(out_dir);
    let main_out = out_dir.join("main.wasm");
    let main_js = format!("./{main_module}");
    let link = format!("./{loader}");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = &out_dir;
    options.main_out_path = &main_out;
    options.main_module = &main_js;
    options.link_name = &link;
    match wasm_split_cli_support::transform(options) {
        Ok(split) => {
            println!("{}", main_out.display());
            for piece in split.split_modules {
                println!("{}", piece.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("splitting {input} failed: {e}");
            ExitCode::FAILURE
        }
    }
}
