//! What is inside the box (3.2, 3.5): the serial on the device compared with the
//! application's, the accessories, the condition, the password.

use iced::widget::{button, checkbox, column, container, row, text, text_input};
use iced::{Element, Fill};

use super::{Field, Flag, Message, State};
use crate::domain::warranty::same_identifier;
use crate::domain::{Case, Handover, PasswordStatus};
use crate::gui::theme;
use crate::gui::widget::{block, bold, choice, field};

impl State {
    /// The serial scanned from the device, when it differs from the application's.
    pub fn serial_mismatch(&self) -> Option<(&str, &str)> {
        let found = self.serial_found.trim();
        let case = self.case()?;
        (!found.is_empty() && !same_identifier(found, &case.device.serial))
            .then_some((found, case.device.serial.as_str()))
    }

    pub(super) fn handover(&self) -> Handover {
        Handover {
            accessories: self.accessories.clone(),
            condition: self.condition.trim().to_string(),
            password: self.password,
            password_note: (self.password == PasswordStatus::ToldToInspector)
                .then(|| self.password_note.trim().to_string())
                .filter(|n| !n.is_empty()),
            backup_acknowledged: false,
            accuracy_confirmed: false,
        }
    }

    /// What is inside: the serial compared with the application, accessories,
    /// condition, password status (3.2, 3.5).
    pub(super) fn contents_view<'a>(
        &'a self,
        w: crate::i18n::Words,
        case: Option<&'a Case>,
    ) -> Element<'a, Message> {
        let mut content = column![].spacing(8);
        if case.is_some() {
            content = content.push(field(
                w.serial_on_device(),
                Field::SerialFound.id(),
                &self.serial_found,
                None,
                |v| Message::Edit(Field::SerialFound, v),
                None,
            ));
            match self.serial_mismatch() {
                Some((found, applied)) => {
                    content = content.push(
                        container(
                            text(w.serial_mismatch(found, applied))
                                .size(16)
                                .font(bold()),
                        )
                        .padding(10)
                        .width(Fill)
                        .style(theme::container::danger),
                    );
                }
                None if !self.serial_found.trim().is_empty() => {
                    content = content.push(
                        text(w.serial_matches())
                            .size(14)
                            .style(theme::text::success),
                    );
                }
                None => {}
            }
        }
        let accessories: Element<'a, Message> = if self.accessories.is_empty() {
            text(w.no_accessories())
                .size(13)
                .style(theme::text::secondary)
                .into()
        } else {
            column(self.accessories.iter().enumerate().map(|(i, item)| {
                row![
                    text(format!("• {item}")).size(14).width(Fill),
                    button(text(w.remove()).size(12))
                        .padding([2, 8])
                        .style(theme::button::text)
                        .on_press(Message::RemoveAccessory(i)),
                ]
                .align_y(iced::Center)
                .into()
            }))
            .spacing(2)
            .into()
        };
        let mut password = column![
            text(w.gui_password_status())
                .size(13)
                .style(theme::text::secondary),
            choice(
                PasswordStatus::ALL,
                Some(self.password),
                move |v| w.password(v),
                Message::Password
            ),
        ]
        .spacing(4);
        if self.password == PasswordStatus::ToldToInspector {
            password = password.push(
                text_input(&w.password_note(), &self.password_note)
                    .id(Field::PasswordNote.id())
                    .on_input(|v| Message::Edit(Field::PasswordNote, v))
                    .secure(true)
                    .padding(7),
            );
        }
        content = content
            .push(
                row![
                    text_input(&w.accessory_found(), &self.accessory)
                        .id(Field::Accessory.id())
                        .on_input(|v| Message::Edit(Field::Accessory, v))
                        .on_submit(Message::AddAccessory)
                        .padding(7),
                    button(text(w.add()).size(14))
                        .padding([7, 14])
                        .style(theme::button::secondary)
                        .on_press(Message::AddAccessory),
                ]
                .spacing(6),
            )
            .push(accessories)
            .push(field(
                w.condition_notes(),
                Field::Condition.id(),
                &self.condition,
                None,
                |v| Message::Edit(Field::Condition, v),
                None,
            ))
            .push(password)
            .push(
                checkbox(self.print_receipt)
                    .label(w.print_receipt_on_accept())
                    .on_toggle(|on| Message::Toggle(Flag::PrintReceipt, on)),
            );
        block(w.contents(), content)
    }
}
