// agent-sandbox: runs one of the agent's commands where it cannot reach the action (issue 15,
// docs/design.md §11). Built static by `npm run build:native` and shipped in dist/sandbox.
//
//   agent-sandbox --probe
//       prints {"uid":N,"landlock":ABI} and exits (what this process could set up).
//   agent-sandbox --mode=ns [--uid=N --gid=N] [--net-off] [--hide=PATH]... [--readonly=PATH]...
//                 [--bind=SRC:DST]... [--cwd=DIR] -- PROGRAM ARGS...
//       as root (directly or through sudo): new PID, mount, IPC and UTS namespaces (and a network
//       namespace with loopback only for --net-off), a fresh /proc, SRC bound over DST, --readonly
//       PATHs read-only (with --writable=PATH: everything read-only but those trees, and a /dev
//       of harmless devices only — for a command that keeps uid 0), --hide PATHs hidden (a read-only empty tmpfs over a directory, /dev/null
//       over a file); then PROGRAM runs as uid/gid with no supplementary groups, no capabilities and
//       no_new_privs.
//   agent-sandbox --mode=landlock [--hide=PATH]... [--readonly=PATH]... [--net-off] [--cwd=DIR]
//                 -- PROGRAM ARGS...
//       unprivileged: no_new_privs and a Landlock domain that allows everything the user could do
//       except the --hide PATHs (neither read nor written) and writes below the --readonly PATHs,
//       no ptrace of the action (Landlock denies it across domains), no socket(2) at all with
//       --net-off (seccomp); this process is the children's subreaper.
//
// In both modes stdin is the control channel: when it reaches EOF (the action closed it, or the
// action died) or SIGTERM/SIGINT/SIGHUP arrives, every process of the command is killed. PROGRAM
// gets /dev/null as stdin. The exit status is PROGRAM's; a PROGRAM killed by a signal makes this
// process die by the same signal. Errors in setup exit 125 with a message on stderr.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#define SETUP_FAILED 125
#define MAX_LIST 64

// Landlock's uapi (linux/landlock.h), spelled out so the build does not depend on the headers'
// age: ABI 1 (5.13) … ABI 6 (6.12, scopes). docs.kernel.org/userspace-api/landlock.html
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif
struct ll_ruleset_attr {
  uint64_t handled_access_fs;
  uint64_t handled_access_net;
  uint64_t scoped;
};
struct ll_path_beneath_attr {
  uint64_t allowed_access;
  int32_t parent_fd;
} __attribute__((packed));
#define LL_CREATE_RULESET_VERSION (1U << 0)
#define LL_RULE_PATH_BENEATH 1
#define LL_FS_EXECUTE (1ULL << 0)
#define LL_FS_READ_FILE (1ULL << 2)
#define LL_FS_READ_DIR (1ULL << 3)
#define LL_NET_BIND_TCP (1ULL << 0)
#define LL_NET_CONNECT_TCP (1ULL << 1)
#define LL_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)
#define LL_SCOPE_SIGNAL (1ULL << 1)

#ifndef PR_CAP_AMBIENT
#define PR_CAP_AMBIENT 47
#define PR_CAP_AMBIENT_CLEAR_ALL 4
#endif

static const char *hide[MAX_LIST], *readonly[MAX_LIST], *writable[MAX_LIST], *bind_src[MAX_LIST], *bind_dst[MAX_LIST];
static int n_hide, n_readonly, n_writable, n_bind;
static char *pinned[4 * MAX_LIST];
static int n_pinned, all_readonly;
static uid_t run_uid;
static gid_t run_gid;
static int have_ids, net_off;
static const char *cwd;

static void die(const char *what, const char *arg) {
  fprintf(stderr, "agent-sandbox: %s%s%s: %s\n", what, arg ? " " : "", arg ? arg : "", strerror(errno));
  _exit(SETUP_FAILED);
}

static int landlock_abi(void) {
  long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LL_CREATE_RULESET_VERSION);
  return abi < 0 ? 0 : (int)abi;
}

/** Every file-system right the kernel's ABI knows (EXECUTE … IOCTL_DEV). */
static uint64_t fs_rights(int abi) {
  uint64_t all = (1ULL << 13) - 1; // ABI 1: EXECUTE … MAKE_SYM
  if (abi >= 2) all |= 1ULL << 13;  // REFER
  if (abi >= 3) all |= 1ULL << 14;  // TRUNCATE
  if (abi >= 5) all |= 1ULL << 15;  // IOCTL_DEV
  return all;
}

static int is_under(const char *path, const char *dir) {
  size_t n = strlen(dir);
  if (n == 1 && dir[0] == '/') return 1;
  return strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

static void add_rule(int ruleset, const char *path, uint64_t rights, int dir) {
  // Rights that only make sense on a directory are refused by the kernel on a file.
  uint64_t file_rights = LL_FS_EXECUTE | (1ULL << 1) | LL_FS_READ_FILE | (1ULL << 14) | (1ULL << 15);
  struct ll_path_beneath_attr rule = {.allowed_access = dir ? rights : rights & file_rights};
  rule.parent_fd = open(path, O_PATH | O_CLOEXEC);
  if (rule.parent_fd < 0) return; // vanished, or unreadable: then it stays denied
  if (rule.allowed_access != 0 && syscall(SYS_landlock_add_rule, ruleset, LL_RULE_PATH_BENEATH, &rule, 0) != 0) die("landlock_add_rule", path);
  close(rule.parent_fd);
}

/**
 * Grants `rights` on everything below `dir` except the hidden paths: a directory holding none of
 * them gets one rule; one that holds some is only listable and each child is visited in turn.
 */
static void grant_except(int ruleset, const char *dir, uint64_t rights) {
  int holds = 0;
  for (int i = 0; i < n_hide; i++) {
    if (is_under(dir, hide[i])) return; // hidden itself
    if (is_under(hide[i], dir)) holds = 1;
  }
  for (int i = 0; i < n_readonly; i++) {
    if (is_under(dir, readonly[i])) rights &= LL_FS_EXECUTE | LL_FS_READ_FILE | LL_FS_READ_DIR;
    else if (is_under(readonly[i], dir)) holds = 1;
  }
  struct stat st;
  if (lstat(dir, &st) != 0) return;
  if (!holds) {
    add_rule(ruleset, dir, rights, S_ISDIR(st.st_mode));
    return;
  }
  add_rule(ruleset, dir, LL_FS_READ_DIR, 1);
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    char child[4096];
    if (snprintf(child, sizeof child, "%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", e->d_name) >= (int)sizeof child) continue;
    grant_except(ruleset, child, rights);
  }
  closedir(d);
}

static void apply_landlock(void) {
  int abi = landlock_abi();
  if (abi < 1) {
    errno = ENOSYS;
    die("Landlock is not available", NULL);
  }
  struct ll_ruleset_attr attr = {.handled_access_fs = fs_rights(abi)};
  // No rule: no TCP. Not enough alone (MPTCP, UDP): deny_sockets() is what holds.
  if (net_off && abi >= 4) attr.handled_access_net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP;
  if (abi >= 6) attr.scoped = LL_SCOPE_ABSTRACT_UNIX_SOCKET | LL_SCOPE_SIGNAL;
  size_t size = abi >= 6 ? sizeof attr : abi >= 4 ? 2 * sizeof(uint64_t) : sizeof(uint64_t);
  int ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
  if (ruleset < 0) die("landlock_create_ruleset", NULL);
  grant_except(ruleset, "/", attr.handled_access_fs);
  if (syscall(SYS_landlock_restrict_self, ruleset, 0) != 0) die("landlock_restrict_self", NULL);
  close(ruleset);
}

static void drop_privileges(void) {
  if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) die("clear ambient capabilities", NULL);
  if (getuid() == 0 || geteuid() == 0) {
    // Empty the bounding set first (needs CAP_SETPCAP, still held): nothing exec'd later can
    // regain a capability, even as uid 0 (a runner that runs jobs as root keeps uid 0).
    for (int cap = 0; cap <= 63; cap++)
      if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL) die("drop capability bounding set", NULL);
    gid_t gid = have_ids ? run_gid : getgid();
    uid_t uid = have_ids ? run_uid : getuid();
    if (setgroups(1, &gid) != 0) die("setgroups", NULL);
    if (setresgid(gid, gid, gid) != 0) die("setresgid", NULL);
    if (setresuid(uid, uid, uid) != 0) die("setresuid", NULL);
    // uid 0 keeps its permitted/effective sets across setresuid(0): clear them explicitly.
    struct {
      uint32_t version;
      int pid;
    } hdr = {0x20080522, 0};
    struct {
      uint32_t effective, permitted, inheritable;
    } data[2] = {{0, 0, 0}, {0, 0, 0}};
    if (syscall(SYS_capset, &hdr, data) != 0) die("capset", NULL);
  }
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) die("no_new_privs", NULL);
}

static void loopback_up(void) {
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (s < 0) die("socket", NULL);
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  strcpy(ifr.ifr_name, "lo");
  if (ioctl(s, SIOCGIFFLAGS, &ifr) != 0) die("SIOCGIFFLAGS", "lo");
  ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
  if (ioctl(s, SIOCSIFFLAGS, &ifr) != 0) die("SIOCSIFFLAGS", "lo");
  close(s);
}

/**
 * Makes every directory from the top down to `path` a mount point of its own. A mount point
 * cannot be renamed or removed (EBUSY), so no command can move a protected path's parent aside
 * and leave the next command's --hide or --readonly pointing at nothing.
 */
static void pin_ancestors(const char *path) {
  char buf[4096];
  if (strlen(path) >= sizeof buf) return;
  strcpy(buf, path);
  for (char *p = buf + 1;; p++) {
    if (*p != '/' && *p != '\0') continue;
    char c = *p;
    *p = '\0';
    int seen = 0;
    for (int i = 0; i < n_pinned && !seen; i++) seen = strcmp(pinned[i], buf) == 0;
    struct stat st;
    if (!seen && n_pinned < 4 * MAX_LIST && lstat(buf, &st) == 0 && S_ISDIR(st.st_mode)) {
      if (mount(buf, buf, NULL, MS_BIND | MS_REC, NULL) != 0) die("pin", buf);
      pinned[n_pinned++] = strdup(buf);
    }
    *p = c;
    if (c == '\0') return;
  }
}

/** mount_setattr(2) (Linux 5.12): read-only on or off for a whole mount tree. */
static void set_readonly_tree(const char *path, int on) {
  struct {
    uint64_t attr_set, attr_clr, propagation, userns_fd;
  } attr = {on ? 0x1ULL : 0, on ? 0 : 0x1ULL, 0, 0}; // MOUNT_ATTR_RDONLY
  if (syscall(442 /* mount_setattr */, AT_FDCWD, path, 0x8000 /* AT_RECURSIVE */, &attr, sizeof attr) != 0) die("mount_setattr", path);
}

/** A /dev with only the harmless devices: uid 0 without capabilities could still write raw disks. */
static void minimal_dev(void) {
  if (mount("tmpfs", "/dev", "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=755,size=64k") != 0) die("mount", "/dev");
  const struct {
    const char *name;
    unsigned minor;
  } nodes[] = {{"null", 3}, {"zero", 5}, {"full", 7}, {"random", 8}, {"urandom", 9}};
  char path[64];
  for (size_t i = 0; i < sizeof nodes / sizeof nodes[0]; i++) {
    snprintf(path, sizeof path, "/dev/%s", nodes[i].name);
    if (mknod(path, S_IFCHR | 0666, makedev(1, nodes[i].minor)) != 0 || chmod(path, 0666) != 0) die("mknod", path);
  }
  if (mknod("/dev/tty", S_IFCHR | 0666, makedev(5, 0)) != 0 || chmod("/dev/tty", 0666) != 0) die("mknod", "/dev/tty");
  if (mkdir("/dev/pts", 0755) != 0 || mkdir("/dev/shm", 01777) != 0) die("mkdir", "/dev");
  if (mount("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC, "newinstance,ptmxmode=0666,mode=620") != 0) die("mount", "/dev/pts");
  if (mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777") != 0) die("mount", "/dev/shm");
  const char *links[][2] = {{"pts/ptmx", "/dev/ptmx"}, {"/proc/self/fd", "/dev/fd"}, {"/proc/self/fd/0", "/dev/stdin"},
                            {"/proc/self/fd/1", "/dev/stdout"}, {"/proc/self/fd/2", "/dev/stderr"}};
  for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
    if (symlink(links[i][0], links[i][1]) != 0) die("symlink", links[i][1]);
}

static void set_up_mounts(void) {
  if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) die("make / private", NULL);
  if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) != 0) die("mount /proc", NULL);
  const char **lists[] = {hide, readonly, writable, bind_dst};
  int counts[] = {n_hide, n_readonly, n_writable, n_bind};
  for (int l = 0; l < 4; l++)
    for (int i = 0; i < counts[l]; i++) pin_ancestors(lists[l][i]);
  if (cwd) pin_ancestors(cwd);
  // Binds first: their sources may lie in a directory hidden next.
  for (int i = 0; i < n_bind; i++)
    if (mount(bind_src[i], bind_dst[i], NULL, MS_BIND, NULL) != 0) die("bind", bind_dst[i]);
  if (all_readonly) {
    // uid 0 keeps owning every root-owned file: all of it read-only but the --writable trees.
    set_readonly_tree("/", 1);
    for (int i = 0; i < n_writable; i++)
      if (access(writable[i], F_OK) == 0) set_readonly_tree(writable[i], 0);
    minimal_dev();
  }
  // Read-only: a bind of the path onto itself, then remounted read-only.
  for (int i = 0; i < n_readonly; i++) {
    if (access(readonly[i], F_OK) != 0) continue;
    if (mount(readonly[i], readonly[i], NULL, MS_BIND | MS_REC, NULL) != 0) die("bind", readonly[i]);
    set_readonly_tree(readonly[i], 1);
  }
  for (int i = 0; i < n_hide; i++) {
    struct stat st;
    if (stat(hide[i], &st) != 0) continue; // nothing there to hide
    if (S_ISDIR(st.st_mode)) {
      if (mount("tmpfs", hide[i], "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=755") != 0) die("hide", hide[i]);
    } else if (mount("/dev/null", hide[i], NULL, MS_BIND, NULL) != 0) {
      die("hide", hide[i]);
    }
  }
}

/**
 * For --net-off under Landlock (no network namespace to give): socket(2) fails for every
 * family — IP (TCP, MPTCP, UDP, which Landlock's TCP rules do not all cover) and unix path
 * sockets that reach services outside — and io_uring, which creates sockets past seccomp, is
 * refused. socketpair(2) still works. Other architectures' syscall ABIs are killed.
 */
static void deny_sockets(void) {
#if defined(__x86_64__)
#define SANDBOX_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define SANDBOX_ARCH AUDIT_ARCH_AARCH64
#endif
  struct sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SANDBOX_ARCH, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#if defined(__x86_64__)
      BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1), // the x32 ABI
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
#endif
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_socket, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_io_uring_setup, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {.len = sizeof filter / sizeof filter[0], .filter = filter};
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) die("seccomp", NULL);
}

static sigset_t watched;
static pid_t command = -1;

/** Starts PROGRAM with /dev/null as stdin, its own session (no terminal to signal us through). */
static void start(char **argv, int landlock) {
  command = fork();
  if (command < 0) die("fork", NULL);
  if (command > 0) return;
  signal(SIGPIPE, SIG_DFL); // ignored signals stay ignored across exec
  sigprocmask(SIG_UNBLOCK, &watched, NULL);
  int null = open("/dev/null", O_RDONLY);
  if (null < 0 || dup2(null, 0) < 0) die("stdin", NULL);
  if (null > 0) close(null);
  setsid();
  // Nothing the action's process left open reaches the command.
  if (syscall(SYS_close_range, 3, ~0U, 0) != 0)
    for (int fd = 3; fd < 1024; fd++) close(fd);
  drop_privileges();
  if (landlock) apply_landlock();
  if (landlock && net_off) deny_sockets();
  if (cwd && chdir(cwd) != 0) die("chdir", cwd);
  execvp(argv[0], argv);
  die("exec", argv[0]);
}

static void kill_all_children(void) {
  // As the subreaper, orphans of the command come back to us: kill what is there until none is left.
  for (;;) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task/%d/children", getpid(), getpid());
    FILE *f = fopen(path, "r");
    int any = 0, pid;
    while (f && fscanf(f, "%d", &pid) == 1) {
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      any = 1;
    }
    if (f) fclose(f);
    while (waitpid(-1, NULL, WNOHANG) > 0) any = 1;
    if (!any && waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD) return;
    usleep(2000);
  }
}

/**
 * Waits for the command, reaping whatever else dies (in a PID namespace every orphan comes to
 * us). Returns its wait status, or -1 when told to stop (control EOF or a signal).
 */
static int supervise(pid_t child) {
  int sfd = signalfd(-1, &watched, SFD_CLOEXEC);
  if (sfd < 0) die("signalfd", NULL);
  struct pollfd fds[2] = {{.fd = 0, .events = POLLIN}, {.fd = sfd, .events = POLLIN}};
  for (;;) {
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
      if (pid == child) return status;
    if (poll(fds, 2, -1) < 0 && errno != EINTR) die("poll", NULL);
    if (fds[0].revents) {
      char buf[256];
      ssize_t n = read(0, buf, sizeof buf);
      if (n <= 0) return -1; // the action closed the channel or is gone
    }
    if (fds[1].revents) {
      struct signalfd_siginfo info;
      if (read(sfd, &info, sizeof info) == sizeof info && info.ssi_signo != SIGCHLD) return -1;
    }
  }
}

static void finish(int status) {
  if (status < 0) _exit(137);
  if (WIFSIGNALED(status)) {
    signal(WTERMSIG(status), SIG_DFL);
    sigprocmask(SIG_UNBLOCK, &watched, NULL);
    kill(getpid(), WTERMSIG(status));
    _exit(128 + WTERMSIG(status));
  }
  _exit(WEXITSTATUS(status));
}

static int run_landlock(char **argv) {
  if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0) die("subreaper", NULL);
  start(argv, 1);
  int status = supervise(command);
  kill_all_children();
  finish(status);
  return 0;
}

static int run_ns(char **argv) {
  if (getuid() != 0 && geteuid() != 0) {
    errno = EPERM;
    die("--mode=ns needs root (run it through sudo)", NULL);
  }
  int flags = CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS | (net_off ? CLONE_NEWNET : 0);
  if (unshare(flags) != 0) die("unshare", NULL);
  // PID 1 of the namespace cannot die by a signal it sent itself: it reports the command's wait
  // status through this pipe, and this process then ends the same way.
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0) die("pipe", NULL);
  pid_t init = fork(); // PID 1 of the new namespace: when it exits, the kernel kills the rest
  if (init < 0) die("fork", NULL);
  if (init == 0) {
    close(report[0]);
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) die("pdeathsig", NULL);
    set_up_mounts();
    if (net_off) loopback_up();
    start(argv, 0);
    int status = supervise(command);
    if (write(report[1], &status, sizeof status) != sizeof status) _exit(SETUP_FAILED);
    _exit(0); // the namespace goes, and every process in it
  }
  close(report[1]);
  int status = supervise(init);
  if (status < 0) {
    kill(init, SIGKILL);
    waitpid(init, NULL, 0);
    finish(-1);
  }
  int reported;
  if (WIFEXITED(status) && WEXITSTATUS(status) == SETUP_FAILED) _exit(SETUP_FAILED);
  if (read(report[0], &reported, sizeof reported) != sizeof reported) finish(-1);
  finish(reported);
  return 0;
}

static int parse_id(const char *text, const char *name) {
  char *end;
  errno = 0;
  long v = strtol(text, &end, 10);
  if (errno != 0 || *end != '\0' || v < 0 || v > 0x7fffffff) {
    errno = EINVAL;
    die("bad number for", name);
  }
  return (int)v;
}

int main(int argc, char **argv) {
  const char *mode = NULL;
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    } else if (strcmp(a, "--probe") == 0) {
      printf("{\"uid\":%d,\"landlock\":%d}\n", (int)geteuid(), landlock_abi());
      return 0;
    } else if (strncmp(a, "--mode=", 7) == 0) {
      mode = a + 7;
    } else if (strncmp(a, "--uid=", 6) == 0) {
      run_uid = (uid_t)parse_id(a + 6, "--uid");
      have_ids |= 1;
    } else if (strncmp(a, "--gid=", 6) == 0) {
      run_gid = (gid_t)parse_id(a + 6, "--gid");
      have_ids |= 2;
    } else if (strcmp(a, "--net-off") == 0) {
      net_off = 1;
    } else if (strncmp(a, "--hide=", 7) == 0 && n_hide < MAX_LIST) {
      hide[n_hide++] = a + 7;
    } else if (strncmp(a, "--writable=", 11) == 0 && n_writable < MAX_LIST) {
      writable[n_writable++] = a + 11;
      all_readonly = 1;
    } else if (strncmp(a, "--readonly=", 11) == 0 && n_readonly < MAX_LIST) {
      readonly[n_readonly++] = a + 11;
    } else if (strncmp(a, "--bind=", 7) == 0 && n_bind < MAX_LIST && strchr(a + 7, ':')) {
      char *spec = strdup(a + 7);
      char *colon = strchr(spec, ':');
      *colon = '\0';
      bind_src[n_bind] = spec;
      bind_dst[n_bind++] = colon + 1;
    } else if (strncmp(a, "--cwd=", 6) == 0) {
      cwd = a + 6;
    } else {
      errno = EINVAL;
      die("unknown option", a);
    }
  }
  if (i >= argc || mode == NULL) {
    errno = EINVAL;
    die("usage: agent-sandbox --mode=ns|landlock [options] -- PROGRAM [ARGS...]", NULL);
  }
  if (have_ids != 0 && have_ids != 3) {
    errno = EINVAL;
    die("--uid and --gid go together", NULL);
  }
  for (int h = 0; h < n_hide; h++)
    if (hide[h][0] != '/') {
      errno = EINVAL;
      die("--hide needs an absolute path:", hide[h]);
    }
  for (int r = 0; r < n_readonly; r++)
    if (readonly[r][0] != '/') {
      errno = EINVAL;
      die("--readonly needs an absolute path:", readonly[r]);
    }
  sigemptyset(&watched);
  sigaddset(&watched, SIGCHLD);
  sigaddset(&watched, SIGTERM);
  sigaddset(&watched, SIGINT);
  sigaddset(&watched, SIGHUP);
  sigprocmask(SIG_BLOCK, &watched, NULL);
  signal(SIGPIPE, SIG_IGN);
  if (strcmp(mode, "ns") == 0) return run_ns(argv + i);
  if (strcmp(mode, "landlock") == 0) return run_landlock(argv + i);
  errno = EINVAL;
  die("unknown mode", mode);
  return SETUP_FAILED;
}
