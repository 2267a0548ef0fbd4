#pragma once

#include <QString>

class QFileDialog;
class QPrintDialog;
class QWidget;

namespace bd::ui::fileDialogs {

// File dialogs that never open the files they list.
//
// To choose an icon and a type for each file, Qt's own file dialog (and a desktop's
// dialog loaded into this process) reads the first bytes of every file in the folder it
// shows — the shop file, its -wal and its -shm among them. Closing any descriptor of a
// file drops every POSIX advisory lock this process holds on it, SQLite's included
// (SQLite's "How To Corrupt" notes, 2.2): the window's connections would stay open with
// no lock, and the next command-line run on the shop would take the file for unused,
// checkpoint it and delete the write-ahead log the window still writes into — losing what
// the window saves from then on. These dialogs are Qt's own, with an icon provider that
// goes by file names only, and are the only file dialogs the window opens. The print
// dialogs offer no printing to a file (its Browse… would be Qt's usual dialog): the
// window saves PDFs through these dialogs instead.

// Makes a dialog made elsewhere safe: Qt's dialog, icons and types by name.
void prepare(QFileDialog& dialog);
// Turns off a print dialog's printing to a file.
void prepare(QPrintDialog& dialog);

// An existing file to open; "" when cancelled.
QString openFileName(QWidget* parent, const QString& title, const QString& directory, const QString& filter);
// A file to write (the dialog asks before replacing one); "" when cancelled.
QString saveFileName(QWidget* parent, const QString& title, const QString& path, const QString& filter);

} // namespace bd::ui::fileDialogs
