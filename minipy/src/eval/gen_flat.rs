//! Generator functions run without a coroutine: those whose every `yield` is a statement of its
//! own (`yield v`) inside nothing but `if`, `while` and `for` blocks. Where such a generator
//! stopped is then a path of statement positions (a `Spot` per block it is inside), and a
//! resume walks back down that path on the caller's stack, instead of switching stacks and
//! moving the interpreter twice each way. Every other generator function keeps its coroutine
//! (`crate::runtime::generator`).
//!
//! Each statement here is run as `exec_stmt` runs it (tick, line, safepoint, truncation of the
//! temporaries, collection after it), the compound ones as `exec_while`, `exec_for` and `if` do,
//! and a `yield v` statement as `yield` inside `exec_stmt` would be; so nothing a script can see
//! differs from the coroutine's run.

use crate::eval::Flow;
use crate::runtime::exceptions::PyResult;
use crate::runtime::generator::{Open, Resume, Spot};
use crate::runtime::interp::Interp;
use crate::runtime::object::Value;
use crate::syntax::ast::{Expr, ExprKind, Stmt, StmtKind};

/// How a block or statement run here ended.
pub(crate) enum Out {
    /// As a statement ends.
    Flow(Flow),
    /// The generator yielded this value (the path to the `yield` is recorded).
    Yield(Value),
}

impl Interp {
    /// Runs `block` (at `depth` in `path`) until it ends or yields. With `resume` set, it first
    /// goes back into the statement `path[depth]` names, down to the `yield` that takes `resume`.
    pub(crate) fn flat_block(
        &mut self,
        block: &[Stmt],
        path: &mut Vec<Spot>,
        depth: usize,
        resume: &mut Option<Resume>,
    ) -> PyResult<Out> {
        let mut i = if resume.is_some() {
            path[depth].index
        } else {
            0
        };
        while let Some(stmt) = block.get(i) {
            let out = match &stmt.kind {
                StmtKind::Expr(Expr {
                    kind: ExprKind::Yield(_),
                    ..
                })
                | StmtKind::If { .. }
                | StmtKind::While { .. }
                | StmtKind::For { .. } => self.flat_stmt(stmt, i, path, depth, resume)?,
                _ => Out::Flow(self.exec_stmt(stmt)?),
            };
            match out {
                Out::Flow(Flow::Normal) => i += 1,
                out => return Ok(out),
            }
        }
        Ok(Out::Flow(Flow::Normal))
    }

    /// One statement that may yield, `block[index]`: started afresh, or resumed inside (`resume`
    /// set). Its end is `exec_stmt`'s.
    fn flat_stmt(
        &mut self,
        stmt: &Stmt,
        index: usize,
        path: &mut Vec<Spot>,
        depth: usize,
        resume: &mut Option<Resume>,
    ) -> PyResult<Out> {
        let resuming = resume.is_some();
        let height = if resuming {
            match &path[depth].open {
                Open::Yield { height }
                | Open::While { height }
                | Open::If { height, .. }
                | Open::For { height, .. } => *height,
            }
        } else {
            self.tick()?;
            let height = self.temps_height();
            if let Some(frame) = self.roots.frames.last_mut() {
                frame.line = stmt.line;
            }
            self.stmt_start();
            height
        };
        let result = match &stmt.kind {
            StmtKind::Expr(Expr {
                kind: ExprKind::Yield(value),
                ..
            }) => {
                if !resuming {
                    let v = match value {
                        Some(v) => self.eval(v),
                        None => Ok(self.none()),
                    };
                    match v {
                        Ok(v) => {
                            path.push(Spot {
                                index,
                                open: Open::Yield { height },
                            });
                            return Ok(Out::Yield(v));
                        }
                        Err(e) => Err(e),
                    }
                } else {
                    path.pop();
                    match resume.take().expect("resuming") {
                        Resume::Send(sent) => {
                            self.push_temp(sent);
                            if self.echo_depth == self.roots.frames.len() {
                                self.echo_value(sent).map(|()| Out::Flow(Flow::Normal))
                            } else {
                                Ok(Out::Flow(Flow::Normal))
                            }
                        }
                        Resume::Throw(e) => Err(e),
                    }
                }
            }
            StmtKind::If { branches, orelse } => {
                let branch = if resuming {
                    match path[depth].open {
                        Open::If { branch, .. } => Ok(branch),
                        _ => unreachable!("the path names an if"),
                    }
                } else {
                    self.flat_if_branch(branches)
                };
                match branch {
                    Ok(branch) => {
                        if !resuming {
                            path.push(Spot {
                                index,
                                open: Open::If { branch, height },
                            });
                        }
                        let body = branches.get(branch).map_or(&orelse[..], |b| &b.body);
                        match self.flat_block(body, path, depth + 1, resume) {
                            Ok(Out::Yield(v)) => return Ok(Out::Yield(v)),
                            r => {
                                path.pop();
                                r
                            }
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            StmtKind::While { test, body, orelse } => {
                if !resuming {
                    path.push(Spot {
                        index,
                        open: Open::While { height },
                    });
                }
                let r = self.flat_while(stmt.line, test, body, orelse, path, depth, resume);
                if let Ok(Out::Yield(v)) = r {
                    return Ok(Out::Yield(v));
                }
                path.pop();
                r
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let started = if resuming {
                    Ok(())
                } else {
                    self.eval(iter)
                        .and_then(|it| self.iter_start(it))
                        .map(|state| {
                            let items = self.temps_height();
                            path.push(Spot {
                                index,
                                open: Open::For {
                                    state,
                                    height,
                                    items,
                                },
                            });
                        })
                };
                match started {
                    Ok(()) => {
                        let r = self.flat_for(stmt.line, target, body, orelse, path, depth, resume);
                        if let Ok(Out::Yield(v)) = r {
                            return Ok(Out::Yield(v));
                        }
                        path.pop();
                        r
                    }
                    Err(e) => Err(e),
                }
            }
            _ => unreachable!("flat_block sends only these"),
        };
        let carried = match &result {
            Ok(Out::Flow(Flow::Return(v))) => Some(*v),
            _ => None,
        };
        self.finish_stmt(height, &result, carried);
        self.collect_after_stmt();
        result
    }

    /// Back to a loop's own line before its test or next step, as `exec_while` and `exec_for`
    /// go.
    fn flat_loop_line(&mut self, line: u32) {
        if let Some(frame) = self.roots.frames.last_mut() {
            frame.line = line;
        }
    }

    /// The branch an `if` takes (the number of branches for its `orelse`).
    fn flat_if_branch(&mut self, branches: &[crate::syntax::ast::IfBranch]) -> PyResult<usize> {
        for (i, b) in branches.iter().enumerate() {
            let t = self.eval(&b.test)?;
            if self.truthy(t)? {
                return Ok(i);
            }
        }
        Ok(branches.len())
    }

    /// `exec_while`'s loop, entered afresh or back into its body.
    #[allow(clippy::too_many_arguments)]
    fn flat_while(
        &mut self,
        line: u32,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        path: &mut Vec<Spot>,
        depth: usize,
        resume: &mut Option<Resume>,
    ) -> PyResult<Out> {
        let Open::While { height } = path[depth].open else {
            unreachable!("the path names a while")
        };
        loop {
            if resume.is_none() {
                self.flat_loop_line(line);
                let t = self.eval(test)?;
                let go = self.truthy(t)?;
                self.truncate_temps(height);
                if !go {
                    break;
                }
            }
            if let Some(out) = loop_ends(self.flat_block(body, path, depth + 1, resume)?) {
                return Ok(out);
            }
        }
        self.exec_block(orelse).map(Out::Flow)
    }

    /// `exec_for`'s loop, entered afresh or back into its body.
    #[allow(clippy::too_many_arguments)]
    fn flat_for(
        &mut self,
        line: u32,
        target: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        path: &mut Vec<Spot>,
        depth: usize,
        resume: &mut Option<Resume>,
    ) -> PyResult<Out> {
        loop {
            if resume.is_none() {
                self.flat_loop_line(line);
                let Open::For { state, items, .. } = &mut path[depth].open else {
                    unreachable!("the path names a for")
                };
                let items = *items;
                let Some(item) = self.iter_next(state)? else {
                    break;
                };
                self.assign(target, item)?;
                self.truncate_temps(items);
            }
            if let Some(out) = loop_ends(self.flat_block(body, path, depth + 1, resume)?) {
                return Ok(out);
            }
        }
        self.exec_block(orelse).map(Out::Flow)
    }
}

/// How a loop goes on after its body ran to `out`: `Some` ends the loop there (a yield, a
/// `return`, or a `break`, which ends it normally), `None` runs the next iteration.
fn loop_ends(out: Out) -> Option<Out> {
    match out {
        Out::Yield(v) => Some(Out::Yield(v)),
        Out::Flow(Flow::Break) => Some(Out::Flow(Flow::Normal)),
        Out::Flow(Flow::Return(v)) => Some(Out::Flow(Flow::Return(v))),
        Out::Flow(Flow::Normal | Flow::Continue) => None,
    }
}
