"""The Stories page: tell an event's or exchange's story. Choose the record, draft the text
from it, add photos and record who is in them (and their consent), choose the photos to show,
then export the one-page PDF or the web page, or send the story to HQ."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sistercommittee.messages.translators import language_translator
from sistercommittee.ui import formatting
from sistercommittee.ui.pages.base import Page
from sistercommittee.ui.shown import shown

if TYPE_CHECKING:
    from sistercommittee.services.changes import Changes
    from sistercommittee.services.photos import PhotoInfo
    from sistercommittee.services.stories import StoryDraft, StoryInfo, StorySource
    from sistercommittee.ui.context import AppContext

_ID = Qt.ItemDataRole.UserRole


def _source_label(source: StorySource) -> str:
    """ "Sister Cities Gala (event, 12/5/2026)", in the language shown."""
    day = formatting.fmt_date(source.day)
    if source.kind == "event":
        return QCoreApplication.translate("StoriesPage", "{title} (event, {day})").format(
            title=source.title, day=day
        )
    return QCoreApplication.translate("StoriesPage", "{title} (exchange, {day})").format(
        title=source.title, day=day
    )


class StoriesPage(Page):
    """Attributes: source (the event or exchange), draft_button, stories (the saved ones),
    title_edit, body_edit, photos (thumbnails; checked ones are shown in the story),
    add_photos_button, people_button, save_button, pdf_button, web_button, send_button,
    message (what happened, or what to fix)."""

    key = "stories"
    icon_name = "stories"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.story_id: str | None = None  # None: a draft not saved yet
        self.event_id: str | None = None
        self.exchange_id: str | None = None
        self._photos: dict[str, PhotoInfo] = {}
        self._sources: tuple[StorySource, ...] = ()

        self.source = QComboBox(self)
        self.source.setObjectName("story_source")
        self.source.setMinimumContentsLength(40)
        source_label = QLabel(self.tr("Tell the story &of:"), self)
        source_label.setBuddy(self.source)
        self.draft_button = QPushButton(self.tr("&Draft Story"), self)
        self.draft_button.setObjectName("story_draft")
        self.draft_button.setToolTip(self.tr("Start a story with a text drafted from the record"))
        self.draft_button.clicked.connect(self.draft)

        self.stories = QListWidget(self)
        self.stories.setObjectName("story_list")
        self.stories.setWordWrap(True)  # a long title shows whole, on two lines, not elided
        self.stories.currentItemChanged.connect(self._on_story_chosen)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("story_title")
        self.title_edit.setMaxLength(200)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("story_body")
        self.body_edit.setTabChangesFocus(True)
        self.photos = QListWidget(self)
        self.photos.setObjectName("story_photos")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 120))
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setWordWrap(True)
        self.photos.setGridSize(QSize(190, 170))
        self.photos.setMinimumHeight(190)

        self.add_photos_button = QPushButton(self.tr("&Add Photos…"), self)
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.people_button = QPushButton(self.tr("Who Is &In It…"), self)
        self.people_button.setToolTip(
            self.tr("Record who is in the chosen photo and whether they agreed to publication")
        )
        self.people_button.clicked.connect(self.edit_people)
        self.save_button = QPushButton(self.tr("&Save Story"), self)
        self.save_button.setObjectName("story_save")
        self.save_button.clicked.connect(lambda: self.save())
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.web_button = QPushButton(self.tr("Export as &Web Page…"), self)
        self.web_button.clicked.connect(self.export_web)
        self.send_button = QPushButton(self.tr("Send to H&Q"), self)
        self.send_button.setObjectName("story_send")
        self.send_button.clicked.connect(self.send)
        self.message = QLabel(self)
        self.message.setObjectName("story_message")
        self.message.setWordWrap(True)

        editor = QWidget(self)
        form = QFormLayout()
        title_label = QLabel(self.tr("&Title:"), editor)
        title_label.setBuddy(self.title_edit)
        body_label = QLabel(self.tr("Te&xt:"), editor)
        body_label.setBuddy(self.body_edit)
        photos_label = QLabel(self.tr("Photos:"), editor)
        form.addRow(title_label, self.title_edit)
        form.addRow(body_label, self.body_edit)
        form.addRow(photos_label, self.photos)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_photos_button)
        photo_buttons.addWidget(self.people_button)
        photo_buttons.addStretch(1)
        form.addRow("", photo_buttons)
        actions = QHBoxLayout()
        for button in (self.save_button, self.pdf_button, self.web_button, self.send_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form, 1)
        column.addLayout(actions)
        column.addWidget(self.message)

        split = QSplitter(self)
        split.addWidget(self.stories)
        split.addWidget(editor)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 800])
        top = QGridLayout()
        top.addWidget(source_label, 0, 0)
        top.addWidget(self.source, 0, 1)
        top.addWidget(self.draft_button, 0, 2)
        top.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Stories')}</h2>", self))
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._set_editing(False)

    def title(self) -> str:
        return self.tr("Stories")

    def new_label(self) -> str:
        return self.tr("New Story…")

    def new_record(self) -> None:
        self.source.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def can_delete(self) -> bool:
        return self.story_id is not None

    def delete_selected(self) -> None:
        """Delete the story shown (Ctrl+Z brings it back; its photos stay with the record)."""
        if self.story_id is None:
            return
        from sistercommittee.services.stories import delete_story, restore_story
        from sistercommittee.ui.undo import perform, simple_job

        db, story_id = self.ctx.db, self.story_id

        def done(_: Any) -> None:
            self.story_id = None
            self.title_edit.clear()
            self.body_edit.clear()
            self.photos.clear()
            self._set_editing(False)
            self.message.setText(self.tr("Deleted the story (Ctrl+Z brings it back)."))
            self.actions_changed.emit()

        perform(
            self.ctx,
            self,
            self.tr("Delete Story"),
            simple_job(lambda: delete_story(db, story_id), lambda: restore_story(db, story_id)),
            on_success=done,
            on_failure=self._show_problem,
            initiator=self,
        )

    def is_affected_by(self, changes: Changes) -> bool:
        from sistercommittee.services.changes import Entity

        return bool(changes.entities & {Entity.STORIES, Entity.EVENTS, Entity.EXCHANGES})

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        from sistercommittee.services.stories import list_stories, story_sources

        db = self.ctx.db
        self.ctx.read(self, lambda: (story_sources(db), list_stories(db))).on_success(
            self._show_lists
        ).run()

    def _show_lists(self, found: tuple[tuple[StorySource, ...], tuple[StoryInfo, ...]]) -> None:
        sources, stories = found
        self._sources = sources
        chosen = self.source.currentData()
        self.source.clear()
        for source in sources:
            self.source.addItem(_source_label(source), (source.kind, source.id))
        if chosen is not None:
            index = self.source.findData(chosen)
            if index >= 0:
                self.source.setCurrentIndex(index)
        current = self.story_id
        self.stories.blockSignals(True)
        self.stories.clear()
        for story in stories:
            sent = self.tr(" · sent") if story.sent_at else ""
            item = QListWidgetItem(f"{story.title}\n{story.source_title}{sent}")
            item.setData(_ID, story.id)
            self.stories.addItem(item)
            if story.id == current:
                self.stories.setCurrentItem(item)
        self.stories.blockSignals(False)

    def _set_editing(self, on: bool) -> None:
        for widget in (
            self.title_edit,
            self.body_edit,
            self.photos,
            self.add_photos_button,
            self.people_button,
            self.save_button,
            self.pdf_button,
            self.web_button,
            self.send_button,
        ):
            widget.setEnabled(on)

    @Slot()
    def draft(self) -> None:
        data = self.source.currentData()
        if data is None:
            self.message.setText(self.tr("Choose the event or exchange the story tells of."))
            return
        kind, record_id = data
        from sistercommittee.services.stories import draft_story

        db = self.ctx.db
        ids = {"event_id": record_id} if kind == "event" else {"exchange_id": record_id}
        self.ctx.read(self, lambda: draft_story(db, **ids)).on_success(self._show_draft).on_failure(
            self._show_problem
        ).run()

    def _show_draft(self, draft: StoryDraft) -> None:

        draft = draft.written(language_translator(draft.language))  # in the committee's language
        self.story_id = None
        self.stories.clearSelection()
        self.event_id, self.exchange_id = draft.event_id, draft.exchange_id
        self.title_edit.setText(draft.title)
        self.body_edit.setPlainText(draft.body)
        self._set_editing(True)
        self._load_photos(set(draft.photo_ids))
        self.message.setText(
            self.tr("Drafted from the record: make it yours, choose photos, then Save Story.")
        )
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_story_chosen(self) -> None:
        item = self.stories.currentItem()
        if item is None:
            return
        from sistercommittee.services.stories import get_story

        db, story_id = self.ctx.db, str(item.data(_ID))
        self.ctx.read(self, lambda: get_story(db, story_id)).on_success(self._show_story).run()

    def _show_story(self, story: StoryInfo) -> None:
        self.story_id = story.id
        self.actions_changed.emit()
        self.event_id, self.exchange_id = story.event_id, story.exchange_id
        self.title_edit.setText(story.title)
        self.body_edit.setPlainText(story.body)
        self._set_editing(True)
        self._load_photos(set(story.photo_ids))
        sent = story.sent_at
        self.message.setText(
            self.tr("Sent to HQ on {day}.").format(day=sent.date().isoformat())
            if sent
            else self.tr("Not sent to HQ yet.")
        )

    def _load_photos(self, chosen: set[str]) -> None:
        from sistercommittee.services.photos import ensure_thumbnail, list_photos

        db = self.ctx.db
        ids = {"event_id": self.event_id, "exchange_id": self.exchange_id}

        def run() -> list[tuple[PhotoInfo, Path | None]]:
            return [(p, ensure_thumbnail(db, p.sha256)) for p in list_photos(db, **ids)]

        self.ctx.read(self, run).on_success(lambda found: self._show_photos(found, chosen)).run()

    def _show_photos(self, found: list[tuple[PhotoInfo, Path | None]], chosen: set[str]) -> None:
        self.photos.clear()
        self._photos = {photo.id: photo for photo, _ in found}
        for photo, thumb in found:
            item = QListWidgetItem(photo.caption or photo.file_name)
            item.setData(_ID, photo.id)
            if thumb is not None:
                item.setIcon(QIcon(QPixmap(str(thumb))))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if photo.publishable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setToolTip(
                    self.tr("May be published")
                    + "".join(f"\n{p.name}: {shown(p.consent_text)}" for p in photo.people)
                )
            else:
                item.setText(self.tr("{name} (withheld)").format(name=item.text()))
                item.setToolTip(
                    self.tr("Cannot be published: {why}").format(why=shown(photo.withheld_because))
                )
            item.setFlags(flags)
            checked = photo.publishable and photo.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.photos.addItem(item)
        if self.photos.count():
            self.photos.setCurrentRow(0)

    def chosen_photo_ids(self) -> list[str]:
        return [
            str(self.photos.item(i).data(_ID))
            for i in range(self.photos.count())
            if self.photos.item(i).checkState() == Qt.CheckState.Checked
        ]

    # --- photos ------------------------------------------------------------------------------

    @Slot()
    def choose_photos(self) -> None:
        from sistercommittee.ui.widgets.file_choice import choose_files

        choose_files(
            self,
            self.tr("Add Photos"),
            Path.home(),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)"),
            self.add_photos,
        )

    def add_photos(self, paths: list[Path]) -> None:
        from sistercommittee.services.changes import Changes
        from sistercommittee.services.photos import add_photo

        db = self.ctx.db
        ids = {"event_id": self.event_id, "exchange_id": self.exchange_id}
        keep = set(self.chosen_photo_ids())

        def run() -> Changes:
            changes = Changes(frozenset())
            for path in paths:
                changes = changes | add_photo(db, path, **ids)
            return changes

        def done(_: Any) -> None:
            self.message.setText(
                self.tr("Added {count} photo(s). Record who is in each with Who Is In It.").format(
                    count=len(paths)
                )
            )
            self._load_photos(keep)

        self.ctx.write(self, run, initiator=self).on_success(done).on_failure(
            self._show_problem
        ).run()

    @Slot()
    def edit_people(self) -> None:
        item = self.photos.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a photo first."))
            return
        from sistercommittee.ui.dialogs.photo_people_dialog import PhotoPeopleDialog

        dialog = PhotoPeopleDialog(self.ctx, str(item.data(_ID)), self)
        keep = set(self.chosen_photo_ids())
        dialog.finished.connect(lambda _: self._load_photos(keep))
        dialog.open()
        self.people_dialog = dialog

    # --- saving, exporting, sending ----------------------------------------------------------

    def save(self, then: Any = None) -> None:
        from sistercommittee.services import stories

        db = self.ctx.db
        values = {
            "title": self.title_edit.text(),
            "body": self.body_edit.toPlainText(),
            "photo_ids": self.chosen_photo_ids(),
            "event_id": self.event_id,
            "exchange_id": self.exchange_id,
        }
        story_id = self.story_id

        def run() -> Changes:
            if story_id is None:
                return stories.create_story(db, values)
            return stories.edit_story(db, story_id, values)

        def done(changes: Changes) -> None:
            self.story_id = changes.id
            self.actions_changed.emit()
            self.message.setText(self.tr("Saved."))
            self.load()
            if then is not None:
                then()

        self.ctx.write(self, run, initiator=self).on_success(done).on_failure(
            self._show_problem
        ).run()

    @Slot()
    def export_pdf(self) -> None:
        from sistercommittee.ui.widgets.file_choice import choose_save_name

        name = f"{self.title_edit.text().strip() or 'Story'}.pdf".replace("/", "-")
        self.save(
            lambda: choose_save_name(
                self,
                self.tr("Export PDF"),
                Path.home() / name,
                self.tr("PDF (*.pdf)"),
                self.write_pdf,
            )
        )

    def write_pdf(self, path: Path) -> None:
        from sistercommittee.documents.story_pdf import write_story_pdf

        db, story_id = self.ctx.db, str(self.story_id)
        job = lambda: write_story_pdf(db, story_id, path, language_translator)  # noqa: E731
        self.ctx.read(self, job).on_success(
            lambda out: self.message.setText(self.tr("Wrote {path}.").format(path=out))
        ).on_failure(self._show_problem).run()

    @Slot()
    def export_web(self) -> None:
        from sistercommittee.ui.widgets.file_choice import choose_save_name

        name = (self.title_edit.text().strip() or "Story").replace("/", "-")
        self.save(
            lambda: choose_save_name(
                self,
                self.tr("Export as Web Page (a folder)"),
                Path.home() / name,
                "",
                self.write_web,
            )
        )

    def write_web(self, folder: Path) -> None:
        from sistercommittee.documents.story_html import write_story_html

        db, story_id = self.ctx.db, str(self.story_id)
        job = lambda: write_story_html(db, story_id, folder, language_translator)  # noqa: E731
        self.ctx.read(self, job).on_success(
            lambda out: self.message.setText(
                self.tr("Wrote {path} with its images.").format(path=out)
            )
        ).on_failure(self._show_problem).run()

    @Slot()
    def send(self) -> None:
        self.save(self._send_saved)

    def _send_saved(self) -> None:
        from sistercommittee.sync.stories import send_story
        from sistercommittee.ui.secret_store import secret_store

        db, store, story_id = self.ctx.db, secret_store(self.ctx), str(self.story_id)
        self.message.setText(self.tr("Sending to HQ…"))
        # The app's automatic sync carries the story's row to HQ right after (one sync at a time).
        self.ctx.write(
            self,
            lambda: (
                send_story(
                    db, store, story_id, sync=False, translator_for=language_translator
                ).changes
            ),
            initiator=self,
        ).on_success(lambda _: self._sent()).on_failure(self._show_problem).run()

    def _sent(self) -> None:
        self.message.setText(self.tr("Sent to HQ: it is listed there for the newsletter."))
        scheduler = getattr(self.window(), "auto_sync", None)
        if scheduler is not None:
            scheduler.sync_now()
        self.load()

    def _show_problem(self, error: BaseException) -> None:
        from sistercommittee.errors import ValidationError

        if isinstance(error, ValidationError):
            self.message.setText(" ".join(error.errors.values()))
        else:
            self.message.setText(str(error))
        self.status_message.emit(self.message.text())
