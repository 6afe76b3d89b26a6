//! What the slideshow does with each key a presenter (or a clicker remote)
//! sends. The slide number lives in the URL (`url_state.rs`); this is the
//! rest of the presenter's state and the rules between them, kept out of the
//! view so that every rule has a test.
//!
//! Slide 0 introduces the commune and the filter; slide `n` shows the `n`th
//! entry of the filtered, sorted list, so "3 / 13" and "jump to 3" mean the
//! same entry.

/// Seconds per slide when advancing by itself.
pub const AUTO_SECONDS: u32 = 10;
/// The longest slide number a presenter can type.
const MAX_DIGITS: usize = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// Black screen and back (the "blank" button of clicker remotes).
    Blank,
    ToggleAuto,
    /// Opens the "go to slide" prompt.
    StartJump,
    Digit(u8),
    Erase,
    Confirm,
    Help,
    Fullscreen,
    Theme,
    Exit,
}

impl Command {
    /// The command for a `KeyboardEvent.key`, if any. Clickers send
    /// PageDown/PageUp (some send arrows or N/P) and "." or "b" to blank.
    pub fn for_key(key: &str) -> Option<Command> {
        Some(match key {
            "ArrowRight" | "ArrowDown" | " " | "PageDown" | "n" | "N" => Command::Next,
            "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => Command::Previous,
            "Home" => Command::First,
            "End" => Command::Last,
            "b" | "B" | "." => Command::Blank,
            "a" | "A" => Command::ToggleAuto,
            "g" | "G" => Command::StartJump,
            "Backspace" => Command::Erase,
            "Enter" => Command::Confirm,
            "?" => Command::Help,
            "f" | "F" => Command::Fullscreen,
            "t" | "T" => Command::Theme,
            "Escape" => Command::Exit,
            _ => {
                let mut chars = key.chars();
                let digit = chars.next().and_then(|c| c.to_digit(10));
                match (digit, chars.next()) {
                    (Some(d), None) => Command::Digit(d as u8),
                    _ => return None,
                }
            }
        })
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Auto {
    #[default]
    Off,
    Running,
    /// Stopped by a key press; `A` resumes.
    Paused,
}

/// What the view must do after a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Stay,
    /// Show this slide (0 is the introduction).
    Go(usize),
    ToggleFullscreen,
    ToggleTheme,
    /// Back to the list the slideshow came from.
    Leave,
}

/// The presenter's state besides the slide number.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presenter {
    pub blank: bool,
    pub auto: Auto,
    /// Digits typed so far for "go to slide", while the prompt is open.
    pub jump: Option<String>,
    pub help: bool,
}

impl Presenter {
    /// Applies `command` on slide `at` of `slides` (introduction included).
    pub fn handle(&mut self, command: Command, at: usize, slides: usize) -> Action {
        let last = slides.saturating_sub(1);
        // Any key but A pauses auto-advance: the presenter has taken over.
        if self.auto == Auto::Running && command != Command::ToggleAuto {
            self.auto = Auto::Paused;
        }
        if let Some(typed) = &mut self.jump {
            match command {
                Command::Digit(d) => {
                    if typed.len() < MAX_DIGITS {
                        typed.push(char::from(b'0' + d));
                    }
                    return Action::Stay;
                }
                Command::Erase => {
                    typed.pop();
                    return Action::Stay;
                }
                Command::Confirm => {
                    let target = typed.parse::<usize>().ok();
                    self.jump = None;
                    return match target {
                        Some(n) => Action::Go(n.min(last)),
                        None => Action::Stay,
                    };
                }
                Command::Exit => {
                    self.jump = None;
                    return Action::Stay;
                }
                // Anything else closes the prompt and does what it says.
                _ => self.jump = None,
            }
        }
        if self.help && matches!(command, Command::Help | Command::Exit) {
            self.help = false;
            return Action::Stay;
        }
        self.help = false;
        // While blank, B brings the slide back and Esc only unblanks; the
        // other keys unblank and act.
        if self.blank {
            self.blank = false;
            if matches!(command, Command::Blank | Command::Exit) {
                return Action::Stay;
            }
        }
        let go = |n: usize| if n == at { Action::Stay } else { Action::Go(n) };
        match command {
            Command::Next => go((at + 1).min(last)),
            Command::Previous => go(at.saturating_sub(1).min(last)),
            Command::First => go(0),
            Command::Last => go(last),
            Command::Blank => {
                self.blank = true;
                Action::Stay
            }
            Command::ToggleAuto => {
                self.auto = match self.auto {
                    Auto::Running => Auto::Off,
                    Auto::Off | Auto::Paused => Auto::Running,
                };
                Action::Stay
            }
            Command::StartJump => {
                self.jump = Some(String::new());
                Action::Stay
            }
            Command::Digit(d) => {
                self.jump = Some(char::from(b'0' + d).to_string());
                Action::Stay
            }
            Command::Erase | Command::Confirm => Action::Stay,
            Command::Help => {
                self.help = true;
                Action::Stay
            }
            Command::Fullscreen => Action::ToggleFullscreen,
            Command::Theme => Action::ToggleTheme,
            Command::Exit => Action::Leave,
        }
    }

    /// One auto-advance interval has passed: the next slide, stopping after
    /// the last one.
    pub fn tick(&mut self, at: usize, slides: usize) -> Action {
        if self.auto != Auto::Running || self.blank {
            return Action::Stay;
        }
        if at + 1 >= slides {
            self.auto = Auto::Off;
            return Action::Stay;
        }
        Action::Go(at + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Command::*;

    fn press(p: &mut Presenter, keys: &[&str], at: usize, slides: usize) -> Action {
        let mut last = Action::Stay;
        for k in keys {
            last = p.handle(Command::for_key(k).unwrap(), at, slides);
        }
        last
    }

    #[test]
    fn keys_clickers_send_are_understood() {
        for k in ["ArrowRight", "ArrowDown", " ", "PageDown", "n", "N"] {
            assert_eq!(Command::for_key(k), Some(Next), "{k}");
        }
        for k in ["ArrowLeft", "ArrowUp", "PageUp", "p", "P"] {
            assert_eq!(Command::for_key(k), Some(Previous), "{k}");
        }
        assert_eq!(Command::for_key("."), Some(Blank));
        assert_eq!(Command::for_key("B"), Some(Blank));
        assert_eq!(Command::for_key("7"), Some(Digit(7)));
        assert_eq!(Command::for_key("F5"), None);
        assert_eq!(Command::for_key("Shift"), None);
        assert_eq!(Command::for_key("x"), None);
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        let mut p = Presenter::default();
        assert_eq!(p.handle(Next, 0, 14), Action::Go(1));
        assert_eq!(p.handle(Next, 13, 14), Action::Stay);
        assert_eq!(p.handle(Previous, 0, 14), Action::Stay);
        assert_eq!(p.handle(Previous, 5, 14), Action::Go(4));
        assert_eq!(p.handle(First, 5, 14), Action::Go(0));
        assert_eq!(p.handle(Last, 5, 14), Action::Go(13));
        // A slide number past the end (an old link) steps back into range.
        assert_eq!(p.handle(Previous, 40, 14), Action::Go(13));
    }

    #[test]
    fn a_number_and_enter_jump_and_clamp() {
        let mut p = Presenter::default();
        assert_eq!(press(&mut p, &["1", "2"], 0, 14), Action::Stay);
        assert_eq!(p.jump.as_deref(), Some("12"));
        assert_eq!(p.handle(Confirm, 0, 14), Action::Go(12));
        assert_eq!(p.jump, None);
        assert_eq!(
            press(&mut p, &["g", "9", "9", "Enter"], 0, 14),
            Action::Go(13)
        );
        assert_eq!(press(&mut p, &["G", "0", "Enter"], 5, 14), Action::Go(0));
        // Backspace corrects, Esc cancels without leaving, Enter alone does nothing.
        assert_eq!(
            press(&mut p, &["3", "4", "Backspace", "Enter"], 0, 14),
            Action::Go(3)
        );
        assert_eq!(press(&mut p, &["5", "Escape"], 0, 14), Action::Stay);
        assert_eq!(p.jump, None);
        assert_eq!(press(&mut p, &["g", "Enter"], 2, 14), Action::Stay);
        // Another key closes the prompt and acts.
        assert_eq!(press(&mut p, &["4", "ArrowRight"], 2, 14), Action::Go(3));
        assert_eq!(p.jump, None);
    }

    #[test]
    fn blank_toggles_and_escape_only_unblanks() {
        let mut p = Presenter::default();
        press(&mut p, &["b"], 3, 14);
        assert!(p.blank);
        assert_eq!(press(&mut p, &["."], 3, 14), Action::Stay);
        assert!(!p.blank);
        press(&mut p, &["b"], 3, 14);
        assert_eq!(p.handle(Exit, 3, 14), Action::Stay);
        assert!(!p.blank);
        assert_eq!(p.handle(Exit, 3, 14), Action::Leave);
        press(&mut p, &["b"], 3, 14);
        assert_eq!(p.handle(Next, 3, 14), Action::Go(4));
        assert!(!p.blank);
    }

    #[test]
    fn auto_advance_runs_pauses_on_any_key_and_stops_at_the_end() {
        let mut p = Presenter::default();
        assert_eq!(p.tick(0, 3), Action::Stay);
        p.handle(ToggleAuto, 0, 3);
        assert_eq!(p.auto, Auto::Running);
        assert_eq!(p.tick(0, 3), Action::Go(1));
        // Any key pauses, and still does what it says.
        assert_eq!(p.handle(Next, 1, 3), Action::Go(2));
        assert_eq!(p.auto, Auto::Paused);
        assert_eq!(p.tick(2, 3), Action::Stay);
        p.handle(ToggleAuto, 2, 3);
        assert_eq!(p.auto, Auto::Running);
        assert_eq!(p.tick(2, 3), Action::Stay);
        assert_eq!(p.auto, Auto::Off);
        p.handle(ToggleAuto, 0, 3);
        p.handle(ToggleAuto, 0, 3);
        assert_eq!(p.auto, Auto::Off);
        // A blanked screen does not advance underneath.
        p.handle(ToggleAuto, 0, 3);
        p.blank = true;
        assert_eq!(p.tick(0, 3), Action::Stay);
    }

    #[test]
    fn help_closes_with_escape_before_anything_leaves() {
        let mut p = Presenter::default();
        p.handle(Help, 0, 3);
        assert!(p.help);
        assert_eq!(p.handle(Exit, 0, 3), Action::Stay);
        assert!(!p.help);
        p.handle(Help, 0, 3);
        assert_eq!(p.handle(Help, 0, 3), Action::Stay);
        assert!(!p.help);
        p.handle(Help, 0, 3);
        assert_eq!(p.handle(Next, 0, 3), Action::Go(1));
        assert!(!p.help);
        assert_eq!(p.handle(Fullscreen, 0, 3), Action::ToggleFullscreen);
        assert_eq!(p.handle(Theme, 0, 3), Action::ToggleTheme);
    }
}
