package jsonl

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// LoadRoot loads the corpus in the directory dir, all or nothing, for a
// daemon that reloads it while tooling may be rewriting it:
//
//   - files are opened through an os.Root, so neither a symbolic link nor
//     ".." leads out of dir;
//   - only regular files are read: a FIFO, device or socket is refused
//     when opened, without blocking;
//   - each file is read whole; once the corpus is parsed and the files
//     have been left unmodified for settle, every file is read again and
//     must be byte for byte what was parsed, else the load fails (the
//     corpus changed while it was read);
//   - when dir holds a ManifestFile, every file read must be listed in it
//     with the SHA-256 read: tooling that writes the manifest last (by
//     rename) makes a corpus being rewritten in place fail to load until
//     it is whole, whatever the timing; without a manifest the double
//     read is the only guard, and a writer stalled mid-file for longer
//     than settle could still be read as a whole corpus;
//   - ctx bounds it all: it is looked at between files and between chunks.
//
// Errors are *Error values naming the file, as Load's, with code ECORPUS;
// ctx's error when it ends first.
func LoadRoot(ctx context.Context, dir string, settle time.Duration) (*claims.Corpus, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, &claims.Error{Code: claims.ECORPUS, Message: "cannot open the corpus directory", Err: err}
	}
	defer root.Close()
	s := &rootFS{ctx: ctx, root: root, read: make(map[string]fileRead)}
	c, err := Load(s)
	if err == nil {
		err = s.verify(settle)
	}
	if err == nil {
		err = s.checkManifest()
	}
	if err != nil {
		if e, ok := errors.AsType[*Error](err); ok {
			e.File = path.Join(dir, e.File)
		}
		return nil, err
	}
	return c, nil
}

// rootFS is the fs.FS Load reads through in LoadRoot: it reads each file
// whole from the root and remembers what it read.
type rootFS struct {
	ctx  context.Context
	root *os.Root
	mu   sync.Mutex
	read map[string]fileRead
}

// fileRead is what rootFS read of one file.
type fileRead struct {
	sum     [sha256.Size]byte
	size    int64
	modTime time.Time
}

// Open implements fs.FS.
func (s *rootFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	data, info, err := s.readWhole(name)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.read[name] = fileRead{sum: sha256.Sum256(data), size: info.Size(), modTime: info.ModTime()}
	s.mu.Unlock()
	return &memFile{Reader: bytes.NewReader(data), info: info}, nil
}

// readChunk is how much is read between looks at the context.
const readChunk = 1 << 20

// readWhole reads the regular file name in the root.
func (s *rootFS) readWhole(name string) ([]byte, fs.FileInfo, error) {
	return readRegular(s.ctx, s.root, name)
}

// readRegular reads the file name in root whole, refusing anything but a
// regular file (a FIFO without blocking on it) and looking at ctx between
// chunks. The corpus loader and the document store read through it.
func readRegular(ctx context.Context, root *os.Root, name string) ([]byte, fs.FileInfo, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	f, err := root.OpenFile(name, os.O_RDONLY|openNonBlocking, 0)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("not a regular file (%v)", info.Mode().Type())}
	}
	var buf bytes.Buffer
	buf.Grow(int(min(info.Size(), 1<<30)) + 1)
	for {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		_, err := io.CopyN(&buf, f, readChunk)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
	}
	return buf.Bytes(), info, nil
}

// verify waits until no file read was modified within settle of now, then
// reads every file again and compares it with what was parsed.
func (s *rootFS) verify(settle time.Duration) error {
	s.mu.Lock()
	names := slices.Sorted(maps.Keys(s.read))
	newest := time.Time{}
	for _, r := range s.read {
		if r.modTime.After(newest) {
			newest = r.modTime
		}
	}
	s.mu.Unlock()
	if wait := time.Until(newest.Add(settle)); wait > 0 {
		t := time.NewTimer(min(wait, settle))
		select {
		case <-t.C:
		case <-s.ctx.Done():
			t.Stop()
			return s.ctx.Err()
		}
	}
	for _, name := range names {
		data, info, err := s.readWhole(name)
		if err != nil {
			return wrapAt(name, 0, "changed while the corpus was read", err)
		}
		was := s.read[name]
		if sha256.Sum256(data) != was.sum || info.Size() != was.size || !info.ModTime().Equal(was.modTime) {
			return errorAt(name, 0, "changed while the corpus was read (%d bytes, then %d); nothing was loaded", was.size, info.Size())
		}
	}
	return nil
}

// ManifestFile, when a corpus directory holds it, lists the SHA-256 of
// every corpus file in the format sha256sum writes ("HEX  path" lines,
// paths relative to the directory). Tooling writes it last, atomically:
//
//	sha256sum *.jsonl documents/* > SHA256SUMS.new && mv SHA256SUMS.new SHA256SUMS
const ManifestFile = "SHA256SUMS"

// checkManifest compares what was read with the manifest, when there is
// one.
func (s *rootFS) checkManifest() error {
	data, _, err := s.readWhole(ManifestFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return wrapAt(ManifestFile, 0, "cannot read the manifest", err)
	}
	want := make(map[string]string)
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		sum, name, ok := strings.Cut(line, " ")
		name = strings.TrimPrefix(strings.TrimLeft(name, " "), "*")
		if !ok || len(sum) != 2*sha256.Size || name == "" {
			return errorAt(ManifestFile, n+1, "want \"SHA256  path\"")
		}
		want[path.Clean(name)] = strings.ToLower(sum)
	}
	for name, r := range s.read {
		sum, ok := want[name]
		switch {
		case !ok:
			return errorAt(ManifestFile, 0, "does not list %s", name)
		case sum != hex.EncodeToString(r.sum[:]):
			return errorAt(name, 0, "does not match its SHA-256 in %s (being rewritten?); nothing was loaded", ManifestFile)
		}
	}
	return nil
}

// memFile is a file read whole into memory.
type memFile struct {
	*bytes.Reader
	info fs.FileInfo
}

// Stat returns the file's information as it was opened.
func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }

// Close does nothing; the file was closed once read.
func (f *memFile) Close() error { return nil }
