// schema-check.mjs PREFIX FILE.sarif...: each file against the SARIF 2.1.0
// schema that the SARIF Multitool package ships (draft 2020-12), with the
// ajv that ci/setup installs beside it in PREFIX.  tests/sarif/validate.sh
// runs it after the Multitool, which passes some invalid files silently.
// Exit 0: all valid; 1: some invalid (each error printed); 2: setup.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [prefix, ...files] = process.argv.slice(2);
if (!prefix || !files.length) {
  console.error("usage: schema-check.mjs PREFIX FILE.sarif...");
  process.exit(2);
}
let validate;
try {
  const require = createRequire(`${prefix}/node_modules/`);
  const Ajv2020 = require("ajv/dist/2020").default;
  const addFormats = require("ajv-formats").default;
  const schemaPath = `${prefix}/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json`;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
} catch (e) {
  console.error(`schema-check.mjs: cannot load ajv or the schema under ${prefix}: ${e.message}`);
  process.exit(2);
}
let bad = 0;
for (const f of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(f, "utf8"));
  } catch (e) {
    console.log(`${f}: not JSON: ${e.message}`);
    bad++;
    continue;
  }
  if (validate(doc)) continue;
  bad++;
  for (const err of validate.errors)
    console.log(`${f}: schema: ${err.instancePath || "/"}: ${err.message}` +
                (err.params?.allowedValues ? ` ${JSON.stringify(err.params.allowedValues)}` : ""));
}
process.exit(bad ? 1 : 0);
