# The finalize registry: it keeps finalize objects the script dropped, lets go of called and
# detached ones, and at exit runs the live atexit ones newest first, each once.
import weakref, gc

class R:
    def __init__(self, name):
        self.name = name

keep = [R(n) for n in 'abcdef']
weakref.finalize(keep[0], print, 'exit a')            # dropped by the script: still runs at exit
early = weakref.finalize(keep[1], print, 'early b')
print(early(), early.alive)                             # called now: not again at exit
gone = weakref.finalize(keep[2], print, 'detached c')
print(gone.detach()[2], gone.alive)
quiet = weakref.finalize(keep[3], print, 'never d')
quiet.atexit = False
weakref.finalize(keep[4], print, 'exit e', end='!\n')
dies = R('dies')
weakref.finalize(dies, print, 'collected', 'dies')      # dropped; runs when its target dies
del dies
gc.collect()
weakref.finalize(keep[5], print, 'exit f')
print('end')
