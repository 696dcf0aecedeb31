//! Printing a case's document: drawn, recorded on the case, and sent to the printer or
//! saved (docs/rules.md §7).

use super::*;

impl App {
    /// 7: a document of the case, in the center's forms (see [`App::print_with`]).
    pub(super) fn print(&self, number: CaseNumber, kind: DocumentKind) -> Task<Message> {
        self.print_with(PrintRequest::new(number, kind))
    }

    /// 7: a document of the case (receipt, confirmation, quote, return label, handover
    /// receipt), saved in the data folder's `documents/`, recorded on the case and opened
    /// in the system's PDF viewer. The label takes the center's form (`Settings.label`)
    /// unless `options` chooses another; the handover receipt names who collects.
    pub(super) fn print_with(&self, request: PrintRequest) -> Task<Message> {
        let w = self.shell.words();
        let PrintRequest {
            number,
            kind,
            options,
        } = request;
        let Some(desk) = self.shell.desk.clone() else {
            return Task::done(Message::Printed(Err(self.no_store())));
        };
        let settings = self.shell.settings.clone();
        // The dispatcher may pick another label form than the center's for this parcel.
        let options = documents::PrintOptions {
            label: options.label.map(|size| {
                LabelForm::from_settings(&Settings {
                    label: size,
                    ..settings.clone()
                })
            }),
            tracking: options.tracking,
            // The paper chosen for this kind in Settings → Printers.
            form: Some(settings.printers.for_kind(kind).form),
            // The customer's language: a paper to a customer speaks theirs.
            language: None,
        };
        let actor = self.shell.actor.clone();
        let folder = desk.data_dir().join("documents");
        let choice = settings.printers.for_kind(kind).clone();
        Task::perform(
            async move {
                let now = Utc::now();
                let case = desk
                    .run({
                        let number = number.clone();
                        move |store| store.case(&number)
                    })
                    .await?
                    .ok_or_else(|| w.no_such_case(&number))?;
                // The same drawing as `fixdesk receipt`/`label`/…: one dispatch for all.
                let pdf = documents::render(kind, &case, &settings, &options, now)
                    .map_err(|err| w.as_sentence(&err.say(w)))?;
                // Every printing is its own file, named by the time (docs/rules.md §7): a
                // reprint never overwrites what was handed out before.
                let name = documents::unique_file_name(&number, kind, now, |name| {
                    folder.join(name).exists()
                });
                let path = folder.join(&name);
                // On the center's server the PDF is kept with the case too: every desk
                // has what was handed out.
                let kept = desk.on_server().then(|| pdf.clone());
                let pdf_sent = pdf.clone();
                let write = {
                    let path = path.clone();
                    tokio::task::spawn_blocking(move || {
                        std::fs::create_dir_all(path.parent().unwrap_or(&path))?;
                        std::fs::write(&path, pdf)
                    })
                };
                write
                    .await
                    .map_err(|err| w.gui_operation_stopped(err.to_string()))?
                    .map_err(|err| {
                        w.gui_could_not_save(path.display().to_string(), err.to_string())
                    })?;
                let printed =
                    documents::printing(kind, &case, &settings, &options, &actor, now, Some(name));
                let recorded = number.clone();
                desk.run(move |store| store.record_printed(&recorded, &printed, kept.as_deref()))
                    .await?;
                // To its printer (Settings → Printers), or into the viewer; a printer
                // that fails leaves all of the above done.
                let title = format!("{number} {}", w.document_kind(kind).to_lowercase());
                let delivery = tokio::task::spawn_blocking({
                    let path = path.clone();
                    move || printer::deliver(&choice, &path, &pdf_sent, &title, w)
                })
                .await
                .map_err(|err| w.gui_operation_stopped(err.to_string()))?;
                Ok((number, kind, path, delivery))
            },
            Message::Printed,
        )
    }
}
