//! What a case keeps besides its history: the printed documents (every printing its own
//! record, docs/rules.md §7) and the photos.

use super::*;

impl Store {
    /// Records that a document was printed for the case (no state change, no event).
    pub fn record_document(
        &mut self,
        number: &CaseNumber,
        kind: DocumentKind,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let actor = &self.acting(Action::Print, actor)?;
        engine_mut!(self, s => s.record_document(number, kind, actor, now))
    }

    /// Records one printing of a document with its file, the facts it printed and what
    /// changed since the previous printing of that kind (no state change, no event): each
    /// printing stays distinguishable on the case (docs/rules.md §7).
    pub fn record_printing(
        &mut self,
        number: &CaseNumber,
        printed: &PrintedDocument,
    ) -> Result<()> {
        self.record_printed(number, printed, None)
    }

    /// [`Store::record_printing`] with the document's bytes: on the center's server they
    /// are kept with the case, so every desk has what was handed out (a desk's own file
    /// keeps only the name; the PDF is in its `documents/` folder).
    pub fn record_printed(
        &mut self,
        number: &CaseNumber,
        printed: &PrintedDocument,
        pdf: Option<&[u8]>,
    ) -> Result<()> {
        // Printed by the signed-in person, whoever the desk says.
        let signed = self.may(Action::Print)?.map(|person| PrintedDocument {
            by: person.name,
            ..printed.clone()
        });
        let printed = signed.as_ref().unwrap_or(printed);
        match &mut self.engine {
            Engine::Sqlite(s) => s.record_printing(number, printed),
            Engine::Postgres(s) => {
                s.revive()?;
                s.record_printing(number, printed, pdf)
            }
        }
    }

    /// Adds a photo's file name (the file itself lives in the data folder's `photos/`).
    pub fn add_photo(&mut self, number: &CaseNumber, file_name: &str) -> Result<()> {
        self.keep_photo(number, file_name, None)
    }

    /// [`Store::add_photo`] with the photo's bytes: on the center's server they are kept
    /// with the case, so another desk shows the photo too ([`Store::photo`]); a desk's own
    /// file keeps the name, the photo being in its `photos/` folder.
    pub fn keep_photo(
        &mut self,
        number: &CaseNumber,
        file_name: &str,
        content: Option<&[u8]>,
    ) -> Result<()> {
        self.may(Action::Print)?;
        let name = file_name.trim();
        if name.is_empty() || name.contains(['/', '\\']) {
            return Err(StoreError::invalid(
                "photo",
                Note::coded("plain-file-name", "give a plain file name, without folders"),
            ));
        }
        match &mut self.engine {
            Engine::Sqlite(s) => s.add_photo(number, name),
            Engine::Postgres(s) => {
                s.revive()?;
                s.add_photo(number, name, content)
            }
        }
    }

    /// A photo's bytes kept on the center's server, for a desk that does not have the
    /// file (`None` on a desk's own file: the photo is in its `photos/` folder).
    pub fn photo(&self, number: &CaseNumber, file_name: &str) -> Result<Option<Vec<u8>>> {
        match &self.engine {
            Engine::Sqlite(_) => Ok(None),
            Engine::Postgres(s) => {
                s.revive()?;
                s.photo(number, file_name)
            }
        }
    }
}
