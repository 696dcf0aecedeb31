//! The data folder is the desk's user's alone (docs/rules.md §10): customers' names,
//! phones and addresses, photos of their devices, printed documents and backups are
//! nobody else's business on a shared PC. On Unix the folder is 0700 and every file in
//! it 0600; what exists already is tightened when the store opens it, and the program
//! creates every new file that way (`restrict_new_files`, from `main`). On Windows the
//! data folder is in the user's own profile, which other accounts cannot read.

use std::path::Path;

/// From now on this process creates files readable by its user only (Unix: umask 077),
/// whatever writes them: SQLite's database and journal, backups, PDFs, photos.
pub fn restrict_new_files() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask; it touches no memory.
    unsafe {
        libc::umask(0o077);
    }
}

/// Makes `path` (a file, or a folder and everything in it) private to this user;
/// answers how many entries were changed. What cannot be changed is left as it is (a
/// file of another user's in the folder is for the administrator to sort out).
pub fn tighten(path: &Path) -> usize {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return 0;
        };
        if meta.file_type().is_symlink() {
            return 0;
        }
        // The user's own bits stay; the group's and everyone else's go.
        let mode = meta.permissions().mode();
        let mut changed = 0;
        if mode & 0o077 != 0
            && std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & !0o077))
                .is_ok()
        {
            changed += 1;
        }
        if meta.is_dir()
            && let Ok(entries) = std::fs::read_dir(path)
        {
            for entry in entries.flatten() {
                changed += tighten(&entry.path());
            }
        }
        changed
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        0
    }
}

/// Creates the data folder (and its parents) private to this user.
pub fn create_dir(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(path)
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
    }

    #[test]
    fn a_folder_and_its_files_become_the_users_alone() {
        let dir = tempfile::tempdir().expect("dir");
        let folder = dir.path().join("data");
        create_dir(&folder.join("documents")).expect("create");
        let file = folder.join("documents").join("receipt.pdf");
        std::fs::write(&file, b"pdf").expect("write");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        assert!(tighten(&folder) >= 2);
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folder.join("documents")), 0o700);
        assert_eq!(mode(&file), 0o600);
        assert_eq!(tighten(&folder), 0, "nothing left to change");
    }
}
